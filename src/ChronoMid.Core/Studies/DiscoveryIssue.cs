namespace ChronoMid.Studies;

/// <summary>One thing discovery skipped or flagged, with why and where.</summary>
/// <param name="Kind">What kind of issue it is.</param>
/// <param name="Message">What was found, where, and what was done about it.</param>
/// <param name="Path">The file or folder concerned, when there is one.</param>
/// <param name="Subject">The subject concerned, when known.</param>
/// <param name="Week">The week concerned, when known.</param>
/// <param name="FilesSkipped">How many files this issue left out of the study (0 for a flag).</param>
public sealed record DiscoveryIssue(
    DiscoveryIssueKind Kind, string Message, string? Path = null, string? Subject = null, int? Week = null,
    int FilesSkipped = 0);
