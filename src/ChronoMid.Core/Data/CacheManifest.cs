namespace ChronoMid.Data;

/// <summary>
/// The table of contents of a complete cache. Its presence marks the cache complete: it is written last,
/// atomically, after every data file has been written and checksummed.
/// </summary>
/// <param name="FormatVersion">The cache format version; see <see cref="CurrentFormatVersion"/>.</param>
/// <param name="Key">The cache key: a hash of the input files and every preprocessing setting.</param>
/// <param name="Layout">The shape every sample shares.</param>
/// <param name="Settings">The preprocessing settings, as name-value pairs, that went into the key.</param>
/// <param name="Units">The subject-timepoints, ordered by subject then week.</param>
public sealed record CacheManifest(
    int FormatVersion,
    string Key,
    CacheLayout Layout,
    IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<CachedUnit> Units)
{
    /// <summary>The format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The manifest's file name inside a cache folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Gets the total number of samples over all units.</summary>
    public int SampleCount => Units.Sum(unit => unit.Samples.Count);
}
