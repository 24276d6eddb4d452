namespace ChronoMid.Training;

/// <summary>A trainer's settings have one or more problems; all are listed.</summary>
public sealed class InvalidTrainerException : SettingsProblemsException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    public InvalidTrainerException()
        : this(["The trainer settings are invalid."])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    public InvalidTrainerException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public InvalidTrainerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    /// <param name="problems">Every problem found, one sentence each.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public InvalidTrainerException(IReadOnlyList<string> problems)
        : base("The trainer", problems)
    {
    }
}
