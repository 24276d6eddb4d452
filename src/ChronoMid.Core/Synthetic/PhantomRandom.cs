using ChronoMid.Randomness;

namespace ChronoMid.Synthetic;

/// <summary>The phantom's draws on top of the shared generator: signed uniforms and clamped Gaussians.</summary>
internal static class PhantomRandom
{
    /// <summary>Returns a value uniform on [−1, 1).</summary>
    public static double NextSigned(ref this SplitMix64 rng) => (2 * rng.NextDouble()) - 1;

    /// <summary>
    /// Returns a standard normal value (Box–Muller), clamped to ±3 so that no draw is anatomically absurd.
    /// </summary>
    public static double NextGaussian(ref this SplitMix64 rng)
    {
        var u1 = 1.0 - rng.NextDouble();
        var u2 = rng.NextDouble();
        var value = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        return Math.Clamp(value, -3, 3);
    }
}
