namespace ChronoMid.Evaluation;

/// <summary>What an experiment is doing with the run an <see cref="ExperimentProgress"/> report is about.</summary>
public enum ExperimentPhase
{
    /// <summary>The run's network is training; epoch, step and speed are set.</summary>
    Training,

    /// <summary>The run's network is being evaluated on its test partition.</summary>
    Evaluating,

    /// <summary>The run completed and its record was stored.</summary>
    Completed,

    /// <summary>The run failed; its record, with the error, was stored and the experiment goes on.</summary>
    Failed,

    /// <summary>The run was finished by an earlier experiment and was read back instead of trained.</summary>
    Loaded,
}
