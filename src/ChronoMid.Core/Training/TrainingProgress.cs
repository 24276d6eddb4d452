namespace ChronoMid.Training;

/// <summary>Where a training run is, reported after every training step.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="Epochs">The number of epochs in the run.</param>
/// <param name="Step">The 1-based step within the epoch.</param>
/// <param name="StepsPerEpoch">The number of steps (batches) per epoch.</param>
/// <param name="Loss">The mean training loss of the epoch so far.</param>
/// <param name="Accuracy">The training accuracy of the epoch so far, in [0, 1].</param>
/// <param name="ImagesPerSecond">Samples trained per second in this epoch so far.</param>
/// <param name="EstimatedTimeLeft">The estimated time to the end of the run (training steps only).</param>
public sealed record TrainingProgress(int Epoch, int Epochs, int Step, int StepsPerEpoch, double Loss,
    double Accuracy, double ImagesPerSecond, TimeSpan EstimatedTimeLeft);
