namespace ChronoMid.Evaluation.Reports;

/// <summary>One table of a report, independent of how it is rendered (Markdown or plain text).</summary>
/// <param name="Title">The table's caption.</param>
/// <param name="Header">The column headings.</param>
/// <param name="Rows">The cells, row by row; every row as long as the header.</param>
/// <param name="Note">A sentence under the table saying how its numbers were computed; empty for none.</param>
internal sealed record ReportTable(
    string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string Note);
