namespace ChronoMid.Training;

/// <summary>A trainer's settings have one or more problems; all are listed.</summary>
public sealed class InvalidTrainerException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    public InvalidTrainerException()
        : this(["The trainer settings are invalid."])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    /// <param name="message">The message, used as the only problem.</param>
    public InvalidTrainerException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    /// <param name="message">The message, used as the only problem.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public InvalidTrainerException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidTrainerException"/> class.</summary>
    /// <param name="problems">Every problem found, one sentence each.</param>
    public InvalidTrainerException(IReadOnlyList<string> problems)
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
            ? "The trainer has 1 problem:"
            : $"The trainer has {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(problem => "- " + problem).Prepend(header));
    }
}
