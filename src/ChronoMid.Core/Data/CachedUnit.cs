namespace ChronoMid.Data;

/// <summary>
/// One subject-timepoint (the paper's "mouse-week") in the cache: all its samples, stored contiguously in one
/// file of float32 values.
/// </summary>
/// <param name="Subject">The subject identifier.</param>
/// <param name="Week">The timepoint in whole weeks since the study began.</param>
/// <param name="Label">The subject's class label.</param>
/// <param name="FileName">The data file's name inside the cache folder.</param>
/// <param name="Sha256">The SHA-256 of the data file, lowercase hexadecimal.</param>
/// <param name="Samples">The samples, in the order their pixels are stored.</param>
public sealed record CachedUnit(
    string Subject, int Week, string Label, string FileName, string Sha256, IReadOnlyList<CachedSample> Samples);
