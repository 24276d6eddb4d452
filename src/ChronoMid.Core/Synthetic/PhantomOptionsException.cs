namespace ChronoMid.Synthetic;

/// <summary>
/// Thrown by <see cref="PhantomStudy.Create"/> when the options have one or more problems; the message and
/// <see cref="Problems"/> list every problem found, not only the first.
/// </summary>
public sealed class PhantomOptionsException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="PhantomOptionsException"/> class.</summary>
    public PhantomOptionsException()
        : this([])
    {
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="PhantomOptionsException"/> class with one problem.
    /// </summary>
    /// <param name="message">The problem.</param>
    public PhantomOptionsException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PhantomOptionsException"/> class.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The exception that caused it.</param>
    public PhantomOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>
    /// Initializes a new instance of the <see cref="PhantomOptionsException"/> class with every problem.
    /// </summary>
    /// <param name="problems">One sentence per problem, each saying what was expected and what was given.</param>
    public PhantomOptionsException(IReadOnlyList<string> problems)
        : base(Describe(problems), "options")
    {
        Problems = problems;
    }

    /// <summary>Gets one sentence per problem, in the order the options are documented.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"The phantom options have {problems.Count} {noun}: {string.Join(" ", problems)}";
    }
}
