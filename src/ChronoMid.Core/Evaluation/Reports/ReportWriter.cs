namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// Writes every report of an experiment into a folder: <c>report.md</c>, <c>table2.csv</c>, <c>table3.csv</c>,
/// <c>table4.csv</c> and <c>report.json</c>. Each file is written atomically (a temporary file beside it, flushed
/// to disk, then renamed over it), so a reader never sees a half-written report.
/// </summary>
public static class ReportWriter
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFileName = "report.md";

    /// <summary>The JSON report's file name.</summary>
    public const string JsonFileName = "report.json";

    /// <summary>Table 2's CSV file name.</summary>
    public const string Table2FileName = "table2.csv";

    /// <summary>Table 3's CSV file name.</summary>
    public const string Table3FileName = "table3.csv";

    /// <summary>Table 4's CSV file name.</summary>
    public const string Table4FileName = "table4.csv";

    /// <summary>Writes every report, creating the folder if needed and replacing earlier reports.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="folder">The folder.</param>
    /// <returns>The full paths of the files written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public static IReadOnlyList<string> WriteAll(ExperimentSummary summary, string folder)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        (string Name, string Text)[] files =
        [
            (MarkdownFileName, MarkdownReport.Render(summary)),
            (Table2FileName, CsvTables.Table2(summary)),
            (Table3FileName, CsvTables.Table3(summary)),
            (Table4FileName, CsvTables.Table4(summary)),
            (JsonFileName, JsonReport.Render(summary)),
        ];
        var written = new List<string>();
        foreach (var (name, text) in files)
        {
            var path = Path.GetFullPath(Path.Combine(folder, name));
            WriteAtomically(path, text);
            written.Add(path);
        }

        return written;
    }

    /// <summary>Writes text as UTF-8 without a byte-order mark, atomically like the bytes overload.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="text">The text.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteAtomically(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ChronoMid.IO.AtomicFile.WriteAllText(path, text);
    }

    /// <summary>Writes bytes to a temporary file beside the target, flushes it, renames it over the target.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="bytes">The bytes.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ChronoMid.IO.AtomicFile.WriteAllBytes(path, bytes);
    }
}
