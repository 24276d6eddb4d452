using ChronoMid.Models;

namespace ChronoMid.Evaluation.Reports;

/// <summary>What the completed runs of one model with one epoch budget add up to (its cells of Tables 2–4).</summary>
/// <param name="EpochBudget">The number of epochs each run was set to train for.</param>
/// <param name="Runs">The number of completed runs the statistics are taken over.</param>
/// <param name="FailedRuns">The number of failed runs, left out of every statistic.</param>
/// <param name="Accuracy">The test accuracy in [0, 1], macro-averaged over completed runs, ± sample SD.</param>
/// <param name="SecondsPerEpoch">
/// The mean time of one epoch in seconds, micro-averaged: all epochs of all completed runs pooled.
/// </param>
/// <param name="EpochsTimed">The number of epochs <paramref name="SecondsPerEpoch"/> is averaged over.</param>
/// <param name="Parameters">The model's parameter counts.</param>
/// <param name="Confusion">
/// The test confusion matrices of the completed runs summed; <see langword="null"/> without completed runs.
/// </param>
/// <param name="Partitions">The composition of each partition over completed runs (training, validation, test).</param>
/// <param name="PerWeek">The test accuracy per week since the start, ordered by week.</param>
public sealed record BudgetSummary(
    int EpochBudget,
    int Runs,
    int FailedRuns,
    MeanAndDeviation Accuracy,
    double SecondsPerEpoch,
    int EpochsTimed,
    ParameterCount Parameters,
    ConfusionMatrix? Confusion,
    IReadOnlyList<PartitionSummary> Partitions,
    IReadOnlyList<WeekSummary> PerWeek);
