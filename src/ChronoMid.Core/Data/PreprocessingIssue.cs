namespace ChronoMid.Data;

/// <summary>A subject-timepoint that preprocessing had to leave out, with why.</summary>
/// <param name="Subject">The subject identifier.</param>
/// <param name="Week">The week, when the issue concerns one timepoint.</param>
/// <param name="Path">The file at fault, when there is one.</param>
/// <param name="Message">What was wrong and what was done.</param>
public sealed record PreprocessingIssue(string Subject, int? Week, string? Path, string Message);
