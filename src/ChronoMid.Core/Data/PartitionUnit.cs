namespace ChronoMid.Data;

/// <summary>What is kept together when data are split into training, validation and test partitions.</summary>
public enum PartitionUnit
{
    /// <summary>
    /// A subject at one timepoint (the paper's "mouse-week"): all slices of one subject at one week land in one
    /// partition, but other weeks of the same subject may land elsewhere.
    /// </summary>
    SubjectTimepoint,

    /// <summary>A subject with all its timepoints: a test subject is never seen in training.</summary>
    Subject,
}
