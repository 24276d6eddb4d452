namespace ChronoMid.Evaluation;

/// <summary>An experiment's settings are invalid; <see cref="Problems"/> lists every problem found at once.</summary>
public sealed class InvalidExperimentException : ArgumentException
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
        Problems = [message];
    }

    /// <summary>Initializes a new instance of the <see cref="InvalidExperimentException"/> class.</summary>
    /// <param name="problems">Every problem found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    public InvalidExperimentException(IReadOnlyList<string> problems)
        : base(Format(problems))
    {
        Problems = problems.ToArray();
    }

    /// <summary>Gets every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1
            ? "The experiment has 1 problem:"
            : $"The experiment has {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(problem => "- " + problem).Prepend(header));
    }
}
