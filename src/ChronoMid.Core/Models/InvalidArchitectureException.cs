namespace ChronoMid.Models;

/// <summary>A network architecture, or the builder that makes one, has one or more problems; all are listed.</summary>
public sealed class InvalidArchitectureException : SettingsProblemsException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    public InvalidArchitectureException()
        : this(["The network architecture is invalid."])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    public InvalidArchitectureException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public InvalidArchitectureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    /// <param name="problems">Every problem found, one sentence each.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public InvalidArchitectureException(IReadOnlyList<string> problems)
        : base("The network architecture", problems)
    {
    }
}
