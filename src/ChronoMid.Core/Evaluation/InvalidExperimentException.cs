namespace ChronoMid.Evaluation;

/// <summary>An experiment's settings are invalid; <see cref="SettingsProblemsException.Problems"/> lists every
/// problem found at once.</summary>
public sealed class InvalidExperimentException : SettingsProblemsException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidExperimentException"/> class.</summary>
    public InvalidExperimentException()
        : this(["The experiment settings are invalid."])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidExperimentException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    public InvalidExperimentException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidExperimentException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public InvalidExperimentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidExperimentException"/> class.</summary>
    /// <param name="problems">Every problem found, one sentence each.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public InvalidExperimentException(IReadOnlyList<string> problems)
        : base("The experiment", problems)
    {
    }
}
