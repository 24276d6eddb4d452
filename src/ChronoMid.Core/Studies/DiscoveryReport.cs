namespace ChronoMid.Studies;

/// <summary>What discovery read, kept, skipped and flagged, so that nothing is dropped silently.</summary>
/// <param name="FilesSeen">The number of files found under the study folder (the labels file excluded).</param>
/// <param name="SlicesKept">The number of slice files that are part of the study.</param>
/// <param name="Issues">Every file skipped and every irregularity flagged, with a reason.</param>
/// <param name="Elapsed">How long discovery took.</param>
public sealed record DiscoveryReport(int FilesSeen, int SlicesKept, IReadOnlyList<DiscoveryIssue> Issues,
    TimeSpan Elapsed)
{
    /// <summary>Gets the number of files left out of the study.</summary>
    public int FilesSkipped => Issues.Sum(issue => issue.FilesSkipped);

    /// <summary>Gets the issues of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The issues of that kind, in the order found.</returns>
    public IReadOnlyList<DiscoveryIssue> OfKind(DiscoveryIssueKind kind) =>
        Issues.Where(issue => issue.Kind == kind).ToArray();
}
