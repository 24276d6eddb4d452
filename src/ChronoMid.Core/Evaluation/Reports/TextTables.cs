using System.Text;

namespace ChronoMid.Evaluation.Reports;

/// <summary>Renders an experiment summary as plain-text tables with aligned columns, for a console.</summary>
public static class TextTables
{
    /// <summary>Renders Tables 2–4 and the failed runs.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The text, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Render(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        Append(text, ReportTables.Table2(summary));
        foreach (var table in ReportTables.Table3(summary))
        {
            Append(text, table);
        }

        Append(text, ReportTables.Table4(summary));
        var failed = ReportTables.Failed(summary);
        if (failed.Rows.Count > 0)
        {
            Append(text, failed);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, ReportTable table)
    {
        var columns = table.Header.Count;
        var widths = Enumerable.Range(0, columns)
            .Select(c => table.Rows.Select(r => Clean(r[c]).Length).Append(table.Header[c].Length).Max())
            .ToArray();
        text.Append(table.Title).Append('\n');
        Line(text, table.Header, widths);
        text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in table.Rows)
        {
            Line(text, row, widths);
        }

        if (table.Note.Length > 0)
        {
            text.Append(table.Note).Append('\n');
        }

        text.Append('\n');
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        // The first column (names) reads best left-aligned, numbers right-aligned.
        var padded = cells.Select((cell, i) =>
            i == 0 ? Clean(cell).PadRight(widths[i]) : Clean(cell).PadLeft(widths[i]));
        text.Append(string.Join("  ", padded).TrimEnd()).Append('\n');
    }

    private static string Clean(string cell) => cell.ReplaceLineEndings(" ");
}
