using ChronoMid.Randomness;

namespace ChronoMid.Synthetic;

/// <summary>
/// Maps a wanted trabecular bone volume fraction to the half-width of the lattice's level band. Gradient noise
/// is not Gaussian (its values crowd near zero), so widening the band by a factor does not raise BV/TV by the
/// same factor; this table of the empirical distribution of |noise| makes the modelled BV/TV change exact in
/// expectation.
/// </summary>
internal static class StrutCalibration
{
    private const int SampleCount = 1 << 16;

    /// <summary>Sorted |noise| at fixed pseudo-random points; built once, never changed afterwards.</summary>
    private static readonly Lazy<float[]> SortedMagnitudes = new(BuildTable);

    /// <summary>Gets the fraction of space within the band of half-width <paramref name="halfWidth"/>.</summary>
    public static double FractionWithin(float halfWidth)
    {
        var table = SortedMagnitudes.Value;
        var index = Array.BinarySearch(table, halfWidth);
        return (double)(index < 0 ? ~index : index) / table.Length;
    }

    /// <summary>Gets the half-width whose band covers the given fraction of space (clamped to [0, 0.95]).</summary>
    public static float HalfWidthFor(double fraction)
    {
        var table = SortedMagnitudes.Value;
        var index = (int)Math.Round(Math.Clamp(fraction, 0, 0.95) * (table.Length - 1));
        return index == 0 ? 0 : table[index];
    }

    private static float[] BuildTable()
    {
        var rng = new SplitMix64(0x43414C4942524154UL);
        var table = new float[SampleCount];
        for (var i = 0; i < table.Length; i++)
        {
            var x = (float)(rng.NextDouble() * 1000);
            var y = (float)(rng.NextDouble() * 1000);
            var z = (float)(rng.NextDouble() * 1000);
            table[i] = MathF.Abs(GradientNoise.Sample(0x5441424C45UL, x, y, z));
        }

        Array.Sort(table);
        return table;
    }
}
