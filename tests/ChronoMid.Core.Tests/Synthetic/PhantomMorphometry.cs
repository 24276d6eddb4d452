using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Synthetic;

/// <summary>
/// Bone measurements on rendered slices, the way a μCT analyst would make them: threshold, fill the outside from
/// the border, and treat what is enclosed by the cortex as the marrow cavity. Meant for noise-free, unblurred
/// slices without the fibula.
/// </summary>
internal static class PhantomMorphometry
{
    /// <summary>Threshold between soft tissue or marrow (at most 100) and cortex (at least 1 050), mg HA/cm³.</summary>
    private const float CortexThreshold = 600;

    /// <summary>Above trabecular densities (at most 880): only cortex passes it.</summary>
    private const float CortexOnlyThreshold = 940;

    /// <summary>Mean cortical thickness (circle-equivalent), in millimetres, of a slice without trabeculae.</summary>
    public static double CorticalThicknessMm(PhantomSlice slice)
    {
        var values = slice.Values.Span;
        var cortex = 0;
        var outside = Outside(slice, CortexThreshold);
        var cavity = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] >= CortexThreshold)
            {
                cortex++;
            }
            else if (!outside[i])
            {
                cavity++;
            }
        }

        var total = cortex + cavity;
        return (Math.Sqrt(total / Math.PI) - Math.Sqrt(cavity / Math.PI)) * slice.PixelSpacingMm;
    }

    /// <summary>Bone area (cortex above the threshold), in square millimetres.</summary>
    public static double CorticalAreaMm2(PhantomSlice slice)
    {
        var count = 0;
        foreach (var value in slice.Values.Span)
        {
            count += value >= CortexThreshold ? 1 : 0;
        }

        return count * slice.PixelSpacingMm * slice.PixelSpacingMm;
    }

    /// <summary>
    /// Trabecular bone volume fraction: pixels at or above half-way between marrow and the subject's trabecular
    /// density, over all pixels enclosed by the cortex.
    /// </summary>
    public static double TrabecularBoneVolumeFraction(PhantomSlice slice, double trabecularDensity)
    {
        var threshold = (TissueDensity.Marrow + trabecularDensity) / 2;
        var values = slice.Values.Span;
        var outside = Outside(slice, CortexOnlyThreshold);
        var inCavity = new bool[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            inCavity[i] = values[i] < CortexOnlyThreshold && !outside[i];
        }

        // Two pixels off the endosteal surface, so that partial-volume cortex is not counted as trabeculae.
        inCavity = Erode(Erode(inCavity, slice.Columns), slice.Columns);
        var cavity = 0;
        var bone = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (inCavity[i])
            {
                cavity++;
                bone += values[i] >= threshold ? 1 : 0;
            }
        }

        return cavity == 0 ? 0 : (double)bone / cavity;
    }

    private static bool[] Erode(bool[] mask, int columns)
    {
        var result = new bool[mask.Length];
        for (var i = 0; i < mask.Length; i++)
        {
            var c = i % columns;
            result[i] = mask[i] && i >= columns && i < mask.Length - columns && c > 0 && c < columns - 1
                && mask[i - 1] && mask[i + 1] && mask[i - columns] && mask[i + columns];
        }

        return result;
    }

    /// <summary>Pixels below the threshold connected to the image border (4-connected flood fill).</summary>
    private static bool[] Outside(PhantomSlice slice, float threshold)
    {
        var values = slice.Values.Span;
        var rows = slice.Rows;
        var columns = slice.Columns;
        var outside = new bool[values.Length];
        var stack = new Stack<int>();
        for (var r = 0; r < rows; r++)
        {
            stack.Push(r * columns);
            stack.Push((r * columns) + columns - 1);
        }

        for (var c = 0; c < columns; c++)
        {
            stack.Push(c);
            stack.Push(((rows - 1) * columns) + c);
        }

        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (outside[i] || values[i] >= threshold)
            {
                continue;
            }

            outside[i] = true;
            var r = i / columns;
            var c = i % columns;
            if (r > 0)
            {
                stack.Push(i - columns);
            }

            if (r < rows - 1)
            {
                stack.Push(i + columns);
            }

            if (c > 0)
            {
                stack.Push(i - 1);
            }

            if (c < columns - 1)
            {
                stack.Push(i + 1);
            }
        }

        return outside;
    }
}
