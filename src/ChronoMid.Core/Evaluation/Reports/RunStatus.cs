namespace ChronoMid.Evaluation.Reports;

/// <summary>How one training run ended.</summary>
public enum RunStatus
{
    /// <summary>The run trained for its whole epoch budget and was evaluated on its test partition.</summary>
    Completed,

    /// <summary>The run stopped with an error; it is listed in reports but left out of every statistic.</summary>
    Failed,
}
