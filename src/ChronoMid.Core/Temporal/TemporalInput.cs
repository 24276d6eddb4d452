namespace ChronoMid.Temporal;

/// <summary>One image-shaped input that a temporal descriptor gives a model, one slice per sample.</summary>
public enum TemporalInput
{
    /// <summary>The comparison image: the slice at the sample's own timepoint.</summary>
    Image,

    /// <summary>
    /// The absolute difference map: the comparison image minus the same slice at the subject's first
    /// timepoint, aligned to it.
    /// </summary>
    AbsoluteDifference,

    /// <summary>
    /// The relative difference map: the comparison image minus the same slice at the subject's previous
    /// available timepoint, aligned to it.
    /// </summary>
    RelativeDifference,
}
