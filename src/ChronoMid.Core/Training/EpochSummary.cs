namespace ChronoMid.Training;

/// <summary>What one epoch of training did.</summary>
/// <param name="Epoch">The 1-based epoch.</param>
/// <param name="TrainingLoss">The mean training loss (cross-entropy plus the L2 term) over the epoch's steps.</param>
/// <param name="TrainingAccuracy">The share of training samples predicted right during the epoch.</param>
/// <param name="ValidationLoss">The validation loss after the epoch; NaN without a validation partition.</param>
/// <param name="ValidationAccuracy">
/// The validation accuracy after the epoch; NaN without a validation partition.
/// </param>
/// <param name="Seconds">The wall-clock time of the epoch's training steps, in seconds.</param>
/// <param name="LearningRate">The learning rate used during the epoch.</param>
/// <param name="ClassBalance">The number of training samples of each label seen in the epoch.</param>
public sealed record EpochSummary(int Epoch, double TrainingLoss, double TrainingAccuracy, double ValidationLoss,
    double ValidationAccuracy, double Seconds, double LearningRate, IReadOnlyDictionary<string, int> ClassBalance);
