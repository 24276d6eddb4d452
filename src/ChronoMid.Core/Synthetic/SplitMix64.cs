namespace ChronoMid.Synthetic;

/// <summary>
/// A small sequential generator (SplitMix64) for drawing a handful of values from one derived seed, such as a
/// subject's anatomy or a scan's pose; stable forever because its algorithm is fixed here.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    /// <summary>Initializes a new instance of the <see cref="SplitMix64"/> struct from a seed.</summary>
    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Returns a double uniform on [0, 1).</summary>
    public double NextDouble() => PhantomHash.ToUnit(NextUInt64());

    /// <summary>Returns a double uniform on [-1, 1).</summary>
    public double NextSigned() => (2 * NextDouble()) - 1;

    /// <summary>Returns a standard normal value (Box–Muller), truncated to ±3 so extremes stay anatomical.</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        var value = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Clamp(value, -3, 3);
    }
}
