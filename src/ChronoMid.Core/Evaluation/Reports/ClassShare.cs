namespace ChronoMid.Evaluation.Reports;

/// <summary>The share of one class in a partition, over runs (one cell of the paper's Table 4).</summary>
/// <param name="Label">The class label.</param>
/// <param name="Percent">The class's share of the partition's samples, in percent, mean ± SD over runs.</param>
public sealed record ClassShare(string Label, MeanAndDeviation Percent);
