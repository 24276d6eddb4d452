namespace ChronoMid;

/// <summary>
/// The base of the exceptions a builder throws when its settings have problems: <see cref="Problems"/> lists every
/// problem found at once, and the message lists them one a line under a header naming what was being built.
/// </summary>
public abstract class SettingsProblemsException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="SettingsProblemsException"/> class.</summary>
    /// <param name="subject">What has the problems, as the header names it, for example "The trainer".</param>
    /// <param name="problems">Every problem found, one sentence each.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is <see langword="null"/>.</exception>
    protected SettingsProblemsException(string subject, IReadOnlyList<string> problems)
        : base(Format(subject, problems))
    {
        Problems = problems.ToArray();
    }

    /// <summary>Initializes a new instance of the <see cref="SettingsProblemsException"/> class.</summary>
    /// <param name="message">The one problem.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    protected SettingsProblemsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Gets every problem found, one sentence each, in the order they were found.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Format(string subject, IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var header = problems.Count == 1 ? $"{subject} has 1 problem:" : $"{subject} has {problems.Count} problems:";
        return string.Join(Environment.NewLine, problems.Select(problem => "- " + problem).Prepend(header));
    }
}
