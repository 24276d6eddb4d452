using System.Text;

namespace ChronoMid.Evaluation.Reports;

/// <summary>Renders a summary as Markdown: the paper's Tables 2–4, per-week accuracy and failed runs.</summary>
public static class MarkdownReport
{
    /// <summary>Renders the whole report.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The Markdown text, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Render(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.Append("# ChronoMid experiment report\n\n");
        text.Append($"{ReportFormat.Integer(summary.Runs.Count)} run records: " +
            $"{ReportFormat.Integer(summary.Runs.Count - summary.FailedRuns.Count)} completed, " +
            $"{ReportFormat.Integer(summary.FailedRuns.Count)} failed. " +
            $"Classes: {string.Join(", ", summary.Classes)}.\n\n");
        Append(text, ReportTables.Table2(summary), "##");
        text.Append("## Table 3. Confusion matrices\n\n");
        foreach (var table in ReportTables.Table3(summary))
        {
            Append(text, table with { Title = table.Title["Table 3. Confusion matrix, ".Length..], Note = "" }, "###");
        }

        text.Append(ReportTables.Table3Note).Append("\n\n");
        Append(text, ReportTables.Table4(summary), "##");
        text.Append("## Accuracy per week since the start\n\n");
        foreach (var table in ReportTables.PerWeek(summary))
        {
            Append(text, table with { Title = table.Title["Accuracy per week since the start, ".Length..] }, "###");
        }

        var failed = ReportTables.Failed(summary);
        if (failed.Rows.Count == 0)
        {
            text.Append("## ").Append(failed.Title).Append("\n\nNone.\n");
        }
        else
        {
            Append(text, failed, "##");
        }

        return text.ToString();
    }

    internal static void Append(StringBuilder text, ReportTable table, string heading)
    {
        text.Append(heading).Append(' ').Append(table.Title).Append("\n\n");
        text.Append(Row(table.Header)).Append('\n');
        text.Append('|').Append(string.Concat(table.Header.Select((_, i) => i == 0 ? " --- |" : " ---: |")))
            .Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append(Row(row)).Append('\n');
        }

        text.Append('\n');
        if (table.Note.Length > 0)
        {
            text.Append(table.Note).Append("\n\n");
        }
    }

    private static string Row(IEnumerable<string> cells) =>
        "| " + string.Join(" | ", cells.Select(Escape)) + " |";

    // A pipe would end the cell and a line break the row; error messages may hold either.
    private static string Escape(string cell) =>
        cell.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
