namespace ChronoMid.Synthetic;

/// <summary>
/// Renders one phantom slice: anatomy (with partial-volume edges), optional Gaussian blur, Gaussian noise, then
/// quantisation to 16-bit stored values. Rows are split across threads; every pixel is a pure function of its
/// position and the slice seed, so the result is the same for any thread count.
/// </summary>
internal static partial class SliceRenderer
{
    /// <summary>Rows per parallel work item: large enough to amortise scheduling, small enough to balance.</summary>
    private const int RowsPerChunk = 16;

    public static PhantomSlice Render(PhantomScan scan, int index, ulong sliceSeed)
    {
        var settings = scan.Settings;
        var geometry = new SliceGeometry(scan, index);
        var rows = scan.Rows;
        var columns = scan.Columns;
        var density = new float[rows * columns];

        ForEachRowChunk(rows, settings.MaxDegreeOfParallelism,
            (first, last) => DrawAnatomy(geometry, density, columns, first, last));

        if (settings.BlurSigmaPixels > 0)
        {
            density = Blur(density, rows, columns, (float)settings.BlurSigmaPixels, settings.MaxDegreeOfParallelism);
        }

        var stored = new short[density.Length];
        var values = new float[density.Length];
        var quantiser = new Quantiser(settings, sliceSeed, columns);
        ForEachRowChunk(rows, settings.MaxDegreeOfParallelism,
            (first, last) => quantiser.Apply(density, stored, values, first, last));

        return new PhantomSlice(scan, index, geometry.RelativePosition, values, stored);
    }

    /// <summary>Runs <paramref name="body"/> over [first, last) row ranges, in parallel when allowed.</summary>
    private static void ForEachRowChunk(int rows, int maxDegreeOfParallelism, Action<int, int> body)
    {
        var chunks = (rows + RowsPerChunk - 1) / RowsPerChunk;
        if (maxDegreeOfParallelism == 1 || chunks == 1)
        {
            body(0, rows);
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks, options, chunk =>
            body(chunk * RowsPerChunk, Math.Min(rows, (chunk + 1) * RowsPerChunk)));
    }
}
