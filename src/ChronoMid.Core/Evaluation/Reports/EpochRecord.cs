namespace ChronoMid.Evaluation.Reports;

/// <summary>What one epoch of a training run measured on its training and validation partitions.</summary>
/// <param name="Epoch">The 1-based epoch number.</param>
/// <param name="TrainingLoss">The mean cross-entropy over the epoch's training batches.</param>
/// <param name="TrainingAccuracy">The share of training samples predicted right during the epoch, in [0, 1].</param>
/// <param name="ValidationLoss">The mean cross-entropy on the validation partition after the epoch.</param>
/// <param name="ValidationAccuracy">The share of validation samples predicted right after the epoch, in [0, 1].</param>
/// <param name="Seconds">The wall-clock time the epoch took, in seconds.</param>
public sealed record EpochRecord(
    int Epoch, double TrainingLoss, double TrainingAccuracy, double ValidationLoss, double ValidationAccuracy,
    double Seconds);
