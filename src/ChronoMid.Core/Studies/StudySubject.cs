namespace ChronoMid.Studies;

/// <summary>One subject of a study: its label and its scans ordered by week.</summary>
/// <param name="Id">The subject identifier (its folder name, or its PatientID when so configured).</param>
/// <param name="Label">The subject's class label, or <see langword="null"/> when the labels file lacks it.</param>
/// <param name="Scans">The scans, one per week, in week order.</param>
public sealed record StudySubject(string Id, string? Label, IReadOnlyList<StudyScan> Scans)
{
    /// <summary>Gets the weeks at which the subject was scanned, ascending.</summary>
    public IReadOnlyList<int> Weeks => Scans.Select(scan => scan.Week).ToArray();
}
