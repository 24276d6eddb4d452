using ChronoMid.Data;
using ChronoMid.Training;

namespace ChronoMid.Evaluation;

/// <summary>The settings of an <see cref="Experiment"/>, as its builder validated them.</summary>
/// <param name="Models">The model names, in catalog spelling, in the order given.</param>
/// <param name="Runs">The runs per model and epoch budget.</param>
/// <param name="EpochBudgets">The epoch budgets, in the order given.</param>
/// <param name="Partitioning">The unit every split keeps together.</param>
/// <param name="Seed">The experiment seed.</param>
/// <param name="BatchSize">The samples per step.</param>
/// <param name="Device">The device runs train on.</param>
/// <param name="Threads">Torch's thread count; null for torch's own choice.</param>
/// <param name="LearningRate">Adam's learning rate.</param>
/// <param name="RunsFolder">The folder finished runs are kept in; null to keep them in memory only.</param>
/// <param name="StratifyByClass">Whether every partition draws its units class by class, keeping the class
/// shares of the whole cache.</param>
public sealed record ExperimentSettings(IReadOnlyList<string> Models, int Runs, IReadOnlyList<int> EpochBudgets,
    PartitionUnit Partitioning, long Seed, int BatchSize, ComputeDevice Device, int? Threads, double LearningRate,
    string? RunsFolder, bool StratifyByClass)
{
    /// <summary>Gets the number of runs the whole experiment trains: models × epoch budgets × runs.</summary>
    public int TotalRuns => Models.Count * EpochBudgets.Count * Runs;
}
