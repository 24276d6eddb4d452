namespace ChronoMid.Models;

/// <summary>A network architecture, or the builder that makes one, has one or more problems; all are listed.</summary>
public sealed class InvalidArchitectureException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    public InvalidArchitectureException()
        : this(["The network architecture is invalid."])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    /// <param name="message">The message, used as the only problem.</param>
    public InvalidArchitectureException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    /// <param name="message">The message, used as the only problem.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public InvalidArchitectureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidArchitectureException"/> class.</summary>
    /// <param name="problems">Every problem found, one sentence each.</param>
    public InvalidArchitectureException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems.ToArray();
    }

    /// <summary>Gets every problem found, one sentence each, in the order they were found.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1
            ? "The network architecture has 1 problem:"
            : $"The network architecture has {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(problem => "- " + problem).Prepend(header));
    }
}
