namespace ChronoMid.Studies;

/// <summary>How a study folder is read into subjects, timepoints and slices.</summary>
public sealed class StudyDiscoveryOptions
{
    /// <summary>
    /// Gets or sets the labels file. The default value, <see langword="null"/>, means <c>labels.csv</c> in the
    /// study folder when it exists, and no labels otherwise.
    /// </summary>
    public string? LabelsPath { get; set; }

    /// <summary>
    /// Gets or sets the day the study began: weeks are counted from it for every subject. The default value,
    /// <see langword="null"/>, counts each subject's weeks from its own first scan.
    /// </summary>
    public DateOnly? StudyStart { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether subjects are identified by PatientID rather than by the name of
    /// the top-level folder holding their files.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool SubjectFromPatientId { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the slice with the largest position along the normal is the
    /// proximal end.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the smallest position is the proximal end.</value>
    public bool ProximalAtLargestPosition { get; set; }

    /// <summary>Gets or sets how many files are read at once.</summary>
    /// <value>The default value is the number of processors.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
