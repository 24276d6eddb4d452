using System.Numerics;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>
/// Translates a slice by a sub-pixel shift: output pixel (r, c) takes the input's value at
/// (r − rowShift, c − columnShift), as <c>scipy.ndimage.shift</c> does.
/// </summary>
/// <remarks>
/// Deterministic: yes. Cached: nothing. Input: one slice and a shift in pixels. Output: a new slice of the same
/// size. <see cref="TranslationMethod.Bilinear"/> is the default: the canvas surround is already the slice's
/// minimum, so filling uncovered pixels with it continues the background, whereas a Fourier shift wraps the far
/// edge round and rings at sharp cortical edges.
/// </remarks>
public static class SliceTranslation
{
    /// <summary>Translates a slice by (rowShift, columnShift) pixels.</summary>
    /// <param name="slice">The slice to move, typically the reference image.</param>
    /// <param name="rowShift">The shift down the rows, in pixels; finite.</param>
    /// <param name="columnShift">The shift along the columns, in pixels; finite.</param>
    /// <param name="method">How to interpolate.</param>
    /// <returns>The translated slice, of the same size.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slice"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A shift is not finite, or the method is undefined.</exception>
    public static ImageSlice Translate(
        ImageSlice slice, double rowShift, double columnShift, TranslationMethod method = TranslationMethod.Bilinear)
    {
        ArgumentNullException.ThrowIfNull(slice);
        RequireFinite(rowShift, nameof(rowShift));
        RequireFinite(columnShift, nameof(columnShift));
        switch (method)
        {
            case TranslationMethod.Bilinear:
                return Bilinear(slice, rowShift, columnShift);
            case TranslationMethod.FourierShift:
                var fft = new Fft2D(slice.Rows, slice.Columns, Environment.ProcessorCount);
                var re = new float[fft.PixelCount];
                var im = new float[fft.PixelCount];
                slice.Pixels.CopyTo(re);
                fft.Transform(re, im, inverse: false);
                return FourierShift(re, im, fft, slice.Size, rowShift, columnShift);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Expected Bilinear or FourierShift.");
        }
    }

    internal static void RequireFinite(double shift, string paramName)
    {
        if (!double.IsFinite(shift))
        {
            throw new ArgumentOutOfRangeException(paramName, shift, "Expected a finite shift in pixels.");
        }
    }

    /// <summary>
    /// Multiplies a spectrum (overwritten) by the shift's phase ramp, inverts it, and returns the real part of the
    /// top-left <paramref name="size"/> pixels.
    /// </summary>
    internal static ImageSlice FourierShift(
        float[] re, float[] im, Fft2D frame, SliceSize size, double rowShift, double columnShift)
    {
        int rows = frame.Rows, columns = frame.Columns;
        var rowRamp = Ramp(rows, rowShift);
        var columnRamp = Ramp(columns, columnShift);
        for (var r = 0; r < rows; r++)
        {
            var (ar, ai) = rowRamp[r];
            for (var c = 0; c < columns; c++)
            {
                var (br, bi) = columnRamp[c];
                var pr = (float)((ar * br) - (ai * bi));
                var pi = (float)((ar * bi) + (ai * br));
                var i = (r * columns) + c;
                var x = re[i];
                re[i] = (x * pr) - (im[i] * pi);
                im[i] = (x * pi) + (im[i] * pr);
            }
        }

        frame.Transform(re, im, inverse: true);
        var pixels = new float[size.PixelCount];
        var scale = 1.0f / frame.PixelCount;
        for (var r = 0; r < size.Rows; r++)
        {
            for (var c = 0; c < size.Columns; c++)
            {
                pixels[(r * size.Columns) + c] = re[(r * columns) + c] * scale;
            }
        }

        return ImageSlice.TakeOwnership(size.Rows, size.Columns, pixels);
    }

    /// <summary>
    /// exp(−2πi · shift · f_k) for the signed frequencies f_k = k / length (numpy's fftfreq order).
    /// </summary>
    private static (double Re, double Im)[] Ramp(int length, double shift)
    {
        var ramp = new (double, double)[length];
        for (var k = 0; k < length; k++)
        {
            var signed = k < (length + 1) / 2 ? k : k - length;
            var angle = -2 * Math.PI * shift * signed / length;
            ramp[k] = (Math.Cos(angle), Math.Sin(angle));
        }

        return ramp;
    }

    private static ImageSlice Bilinear(ImageSlice slice, double rowShift, double columnShift)
    {
        int rows = slice.Rows, columns = slice.Columns;
        var source = slice.Pixels;
        var fill = slice.Min;
        // Output (r, c) samples the input at (r + sr, c + sc); the fractions are the same for every pixel, so the
        // interpolation is separable: each input row is interpolated along the columns once, and each output row
        // blends two of those.
        double sr = -rowShift, sc = -columnShift;
        var baseRow = (int)Math.Floor(sr);
        var baseColumn = (int)Math.Floor(sc);
        var fy = (float)(sr - baseRow);
        var fx = (float)(sc - baseColumn);
        var pixels = GC.AllocateUninitializedArray<float>(rows * columns);
        var upper = new float[columns];
        var lower = new float[columns];
        HorizontalPass(source, rows, columns, baseRow, baseColumn, fx, fill, upper);
        for (var r = 0; r < rows; r++)
        {
            HorizontalPass(source, rows, columns, r + baseRow + 1, baseColumn, fx, fill, lower);
            Blend(upper, lower, fy, pixels.AsSpan(r * columns, columns));
            (upper, lower) = (lower, upper);
        }

        return ImageSlice.TakeOwnership(rows, columns, pixels);
    }

    /// <summary>output = upper + fy · (lower − upper), element by element.</summary>
    private static void Blend(ReadOnlySpan<float> upper, ReadOnlySpan<float> lower, float fy, Span<float> output)
    {
        var weight = new Vector<float>(fy);
        var c = 0;
        for (; c <= output.Length - Vector<float>.Count; c += Vector<float>.Count)
        {
            var u = new Vector<float>(upper[c..]);
            (u + (weight * (new Vector<float>(lower[c..]) - u))).CopyTo(output[c..]);
        }

        for (; c < output.Length; c++)
        {
            output[c] = upper[c] + (fy * (lower[c] - upper[c]));
        }
    }

    /// <summary>Interpolates one input row at columns c + baseColumn + fx; rows outside are the fill.</summary>
    private static void HorizontalPass(
        ReadOnlySpan<float> source, int rows, int columns, int row, int baseColumn, float fx, float fill,
        Span<float> output)
    {
        if ((uint)row >= (uint)rows)
        {
            output.Fill(fill);
            return;
        }

        var line = source.Slice(row * columns, columns);
        // Columns c whose two samples c + baseColumn and c + baseColumn + 1 both lie inside the row.
        var first = Math.Clamp(-baseColumn, 0, columns);
        var end = Math.Clamp(columns - 1 - baseColumn, first, columns);
        for (var c = 0; c < first; c++)
        {
            Edge(line, columns, c + baseColumn, fx, fill, output, c);
        }

        var weight = new Vector<float>(fx);
        var i = first;
        for (; i <= end - Vector<float>.Count; i += Vector<float>.Count)
        {
            var left = new Vector<float>(line[(i + baseColumn)..]);
            var right = new Vector<float>(line[(i + baseColumn + 1)..]);
            (left + (weight * (right - left))).CopyTo(output[i..]);
        }

        for (; i < end; i++)
        {
            var left = line[i + baseColumn];
            output[i] = left + (fx * (line[i + baseColumn + 1] - left));
        }

        for (var c = end; c < columns; c++)
        {
            Edge(line, columns, c + baseColumn, fx, fill, output, c);
        }
    }

    private static void Edge(
        ReadOnlySpan<float> line, int columns, int x0, float fx, float fill, Span<float> output, int c)
    {
        var left = (uint)x0 < (uint)columns ? line[x0] : fill;
        var right = (uint)(x0 + 1) < (uint)columns ? line[x0 + 1] : fill;
        output[c] = left + (fx * (right - left));
    }
}
