using ChronoMid.Randomness;

namespace ChronoMid.Data;

/// <summary>
/// Derives independent, reproducible seeds from one root seed, an epoch and a purpose, so that every epoch's
/// shuffle and every epoch's torch generator can be recomputed from the root seed alone (a resumed run needs no
/// saved generator state).
/// </summary>
internal static class SeedSequence
{
    /// <summary>The purpose of the seed that shuffles an epoch's samples.</summary>
    public const int Shuffle = 1;

    /// <summary>The purpose of the seed given to torch's generator at the start of an epoch (dropout).</summary>
    public const int Torch = 2;

    /// <summary>The purpose of an experiment run's partition seed (the epoch slot holds the run index).</summary>
    public const int Partition = 3;

    public static ulong Derive(ulong seed, int epoch, int purpose)
    {
        // Two rounds of SplitMix64 over a mixed state keep nearby (seed, epoch, purpose) triples uncorrelated.
        var first = new SplitMix64(seed ^ ((ulong)(uint)purpose << 32)).Next();
        return new SplitMix64(first + (ulong)(uint)epoch).Next();
    }

    /// <summary>Derives a non-negative 63-bit seed for torch's <c>manual_seed</c>.</summary>
    public static long DeriveTorch(ulong seed, int epoch) => (long)(Derive(seed, epoch, Torch) >> 1);
}
