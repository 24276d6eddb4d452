using ChronoMid.Randomness;

namespace ChronoMid.Synthetic;

/// <summary>
/// Counter-based hashing for the phantom: every random quantity is a pure function of the study seed and the
/// indices that name it (subject, week, slice, pixel), so output never depends on enumeration order or threads.
/// </summary>
/// <remarks>
/// The mixing function is SplitMix64's (<see cref="SplitMix64.Mix"/>), so that the phantom's output stays the same
/// across .NET versions (System.Random's algorithms are not guaranteed to).
/// </remarks>
internal static class PhantomHash
{
    /// <summary>Domain tags keep streams for different purposes apart even when their indices coincide.</summary>
    internal const ulong SubjectDomain = 0x5355424A45435431;
    internal const ulong ScanDomain = 0x5343414E53434131;
    internal const ulong SliceDomain = 0x534C494345534C31;
    internal const ulong TrabecularDomain = 0x5452414245435531;
    internal const ulong SeriesDomain = 0x5345524945535531;

    /// <summary>Scrambles one 64-bit value (SplitMix64 finaliser with its golden-ratio increment).</summary>
    public static ulong Mix(ulong value) => SplitMix64.Mix(value);

    /// <summary>Combines a running hash with one more value, order-sensitively.</summary>
    public static ulong Combine(ulong hash, ulong value) => Mix(hash ^ Mix(value ^ 0x632BE59BD9B4E019UL));

    /// <summary>Combines a running hash with two more values.</summary>
    public static ulong Combine(ulong hash, ulong first, ulong second) => Combine(Combine(hash, first), second);

    /// <summary>Maps a hash to a double uniform on [0, 1) using its top 53 bits.</summary>
    public static double ToUnit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));
}
