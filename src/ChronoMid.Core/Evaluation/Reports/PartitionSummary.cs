namespace ChronoMid.Evaluation.Reports;

/// <summary>The composition of one partition over the runs of a model and epoch budget (a row of Table 4).</summary>
/// <param name="Name">The partition's name: <c>training</c>, <c>validation</c> or <c>test</c>.</param>
/// <param name="Samples">The number of samples in the partition, mean ± SD over runs.</param>
/// <param name="Shares">The share of each class, in the experiment's class order.</param>
public sealed record PartitionSummary(string Name, MeanAndDeviation Samples, IReadOnlyList<ClassShare> Shares);
