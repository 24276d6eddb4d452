namespace ChronoMid.Data;

/// <summary>How far preprocessing has come.</summary>
/// <param name="SubjectsDone">The subjects finished (written or found complete in the cache).</param>
/// <param name="SubjectsTotal">The subjects to process.</param>
/// <param name="SamplesWritten">The samples written to the cache so far in this run.</param>
public sealed record PreprocessingProgress(int SubjectsDone, int SubjectsTotal, int SamplesWritten);
