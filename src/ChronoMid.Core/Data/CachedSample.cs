namespace ChronoMid.Data;

/// <summary>
/// What the cache records about one preprocessed sample beside its pixels: where it came from and every
/// parameter the preprocessing steps used for it.
/// </summary>
/// <param name="SliceIndex">The slice's 0-based index from the proximal end of its scan.</param>
/// <param name="SourceFile">The comparison slice's file, relative to the study folder.</param>
/// <param name="Steps">
/// Every preprocessing parameter used for this sample (canvas, fill value, shift found, reference week, …),
/// as name-value pairs; numbers are written with invariant culture.
/// </param>
public sealed record CachedSample(int SliceIndex, string SourceFile, IReadOnlyDictionary<string, string> Steps);
