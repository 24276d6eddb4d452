namespace ChronoMid.Data;

/// <summary>What a preprocessing run did and how long each stage took.</summary>
/// <param name="CacheFolder">The cache folder (the cache root joined with the cache key).</param>
/// <param name="ReusedCompleteCache">Whether a complete cache with the same key already existed.</param>
/// <param name="UnitsWritten">The subject-timepoints written in this run.</param>
/// <param name="UnitsReused">The subject-timepoints kept from an interrupted run.</param>
/// <param name="SamplesWritten">The samples written in this run.</param>
/// <param name="Issues">The subject-timepoints left out, with reasons.</param>
/// <param name="Reading">Time spent reading and decoding slices, summed over threads.</param>
/// <param name="Expanding">Time spent placing slices on the canvas, summed over threads.</param>
/// <param name="Registering">Time spent registering, translating and differencing, summed over threads.</param>
/// <param name="Writing">Time spent writing the cache, summed over threads.</param>
/// <param name="Elapsed">Wall-clock time of the whole run.</param>
public sealed record PreprocessingSummary(
    string CacheFolder,
    bool ReusedCompleteCache,
    int UnitsWritten,
    int UnitsReused,
    int SamplesWritten,
    IReadOnlyList<PreprocessingIssue> Issues,
    TimeSpan Reading,
    TimeSpan Expanding,
    TimeSpan Registering,
    TimeSpan Writing,
    TimeSpan Elapsed);
