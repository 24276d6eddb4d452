namespace ChronoMid.Evaluation.Reports;

/// <summary>The test accuracy at one week since the start of the study, over runs.</summary>
/// <param name="Week">The timepoint in whole weeks since the study began.</param>
/// <param name="Accuracy">
/// The accuracy in [0, 1], macro-averaged over the runs whose test partition held this week, ± SD.
/// </param>
/// <param name="Samples">The number of test samples at this week, summed over those runs.</param>
public sealed record WeekSummary(int Week, MeanAndDeviation Accuracy, long Samples);
