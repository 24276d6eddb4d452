namespace ChronoMid.Temporal;

/// <summary>A timepoint of one subject and the timepoint its difference map is taken against.</summary>
/// <param name="Week">The comparison timepoint, in whole weeks since the study began.</param>
/// <param name="Reference">
/// The reference timepoint, in whole weeks since the study began; null at the subject's first timepoint, whose
/// difference map is uniform.
/// </param>
public readonly record struct ReferenceWeek(int Week, int? Reference);
