namespace ChronoMid.Studies;

/// <summary>One scan of a subject at one timepoint: its slices ordered from the proximal end.</summary>
/// <param name="Subject">The subject identifier.</param>
/// <param name="Week">The timepoint in whole weeks since the subject's first scan or the given study start.</param>
/// <param name="SeriesInstanceUid">The series the slices share, or the folder path when the files carry none.</param>
/// <param name="Date">The acquisition (or study) date, when the files carry one.</param>
/// <param name="Slices">The slices in order from the proximal end.</param>
public sealed record StudyScan(
    string Subject, int Week, string SeriesInstanceUid, DateOnly? Date, IReadOnlyList<StudySlice> Slices)
{
    /// <summary>Gets the slice height in pixels (every slice of a scan has the same size).</summary>
    public int Rows => Slices[0].Rows;

    /// <summary>Gets the slice width in pixels.</summary>
    public int Columns => Slices[0].Columns;
}
