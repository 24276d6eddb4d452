namespace ChronoMid.Evaluation;

/// <summary>
/// Where a running experiment is: which run of how many, which model and budget, and how training goes.
/// </summary>
/// <param name="Run">The 1-based number of the run within the whole experiment.</param>
/// <param name="Runs">The number of runs in the whole experiment (models × epoch budgets × runs).</param>
/// <param name="Model">The model name.</param>
/// <param name="EpochBudget">The epochs the run trains for.</param>
/// <param name="RunIndex">The 0-based index of the run among the runs of its model and budget.</param>
/// <param name="Phase">What is happening to the run.</param>
/// <param name="Epoch">The 1-based epoch being trained; 0 outside training.</param>
/// <param name="Step">The 1-based step within the epoch; 0 outside training.</param>
/// <param name="StepsPerEpoch">The steps (batches) per epoch; 0 outside training.</param>
/// <param name="ImagesPerSecond">The training throughput of the current epoch, in samples per second; 0 outside
/// training.</param>
public sealed record ExperimentProgress(int Run, int Runs, string Model, int EpochBudget, int RunIndex,
    ExperimentPhase Phase, int Epoch, int Step, int StepsPerEpoch, double ImagesPerSecond);
