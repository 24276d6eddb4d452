namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// A measurement of ChronoMid beside an outside baseline (a Python library on the same machine), run in one
/// process so that both see the same machine load; it prints both figures and their ratio.
/// </summary>
internal interface IComparison
{
    /// <summary>Gets the name given on the command line, for example <c>dicom-decode</c>.</summary>
    string Name { get; }

    /// <summary>Gets a one-line description for <c>--list-comparisons</c>.</summary>
    string Description { get; }

    /// <summary>Runs the comparison and prints its table; returns the process exit code.</summary>
    int Run(string[] args);
}
