namespace ChronoMid.Training;

/// <summary>What early stopping watches on the validation partition after every epoch.</summary>
public enum EarlyStoppingMetric
{
    /// <summary>The validation loss (cross-entropy plus the L2 term); lower is better.</summary>
    ValidationLoss,

    /// <summary>The validation accuracy; higher is better.</summary>
    ValidationAccuracy,
}
