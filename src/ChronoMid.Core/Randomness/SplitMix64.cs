namespace ChronoMid.Randomness;

/// <summary>
/// A small, fast pseudo-random generator (SplitMix64) whose sequence is fixed forever for a given seed, unlike
/// <see cref="Random"/>, whose algorithm may change between .NET versions: splits, shuffles and the synthetic
/// phantom stay reproducible.
/// </summary>
internal struct SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Scrambles one 64-bit value: the generator's output for the state <paramref name="value"/>.</summary>
    public static ulong Mix(ulong value)
    {
        var z = value + GoldenGamma;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong Next()
    {
        var value = Mix(_state);
        _state += GoldenGamma;
        return value;
    }

    /// <summary>Returns a value uniform on [0, 1) from the top 53 bits of <see cref="Next"/>.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a value in [0, bound) without modulo bias.</summary>
    public int NextInt(int bound)
    {
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);

        return (int)(value % (ulong)bound);
    }

    /// <summary>Shuffles a list in place (Fisher–Yates).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
