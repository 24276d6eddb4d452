using System.Globalization;
using System.Text;
using static System.FormattableString;

namespace ChronoMid.Evaluation;

public sealed partial record EvaluationReport
{
    /// <summary>
    /// Writes the report as Markdown: the headline metrics, the confusion matrix laid out like the paper's Table 3
    /// (actual classes as rows, predicted classes as columns), then accuracy per class, per week and per subject.
    /// Undefined metrics are written as "n/a".
    /// </summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var confusion = Report.Confusion;
        var classes = confusion.Classes;
        Line(text, Invariant($"# {Model} ({Descriptor}) on the {Partition} partition"));
        Line(text, "");
        Line(text, "| metric | value |");
        Line(text, "|---|---:|");
        Line(text, Invariant($"| samples | {confusion.Total} |"));
        Line(text, Invariant($"| accuracy | {Percent(Report.Accuracy)} |"));
        Line(text, Invariant($"| sensitivity ({classes[Report.PositiveClass]}) | {Percent(Report.Sensitivity)} |"));
        Line(text, Invariant($"| specificity | {Percent(Report.Specificity)} |"));
        Line(text, Invariant($"| balanced accuracy | {Percent(Report.BalancedAccuracy)} |"));
        Line(text, Invariant($"| ROC AUC | {Fixed(Report.RocAuc, 3)} |"));
        Line(text, Invariant($"| mean training time per epoch (s) | {Fixed(MeanSecondsPerEpoch, 1)} |"));
        var p = Parameters;
        Line(text, Invariant(
            $"| parameters (trainable / non-trainable) | {p.Total:N0} ({p.Trainable:N0} / {p.NonTrainable:N0}) |"));
        Line(text, "");
        Line(text, "## Confusion matrix (rows: actual, columns: predicted)");
        Line(text, "");
        Line(text, "| actual \\ predicted | " + string.Join(" | ", classes) + " |");
        Line(text, "|---|" + string.Concat(classes.Select(_ => "---:|")));
        for (var actual = 0; actual < classes.Count; actual++)
        {
            var row = Enumerable.Range(0, classes.Count)
                .Select(predicted => confusion[actual, predicted].ToString(CultureInfo.InvariantCulture));
            Line(text, "| " + classes[actual] + " | " + string.Join(" | ", row) + " |");
        }

        Line(text, "");
        Line(text, "## Per class");
        Line(text, "");
        Line(text, "| class | precision | recall | samples |");
        Line(text, "|---|---:|---:|---:|");
        foreach (var c in Report.PerClass)
        {
            Line(text, Invariant($"| {c.Label} | {Percent(c.Precision)} | {Percent(c.Recall)} | {c.Support} |"));
        }

        Groups(text, "Per week", "week", Report.PerWeek);
        Groups(text, "Per subject", "subject", Report.PerSubject);
        return text.ToString();
    }

    private static void Groups(StringBuilder text, string title, string column, IReadOnlyList<GroupAccuracy> groups)
    {
        Line(text, "");
        Line(text, Invariant($"## {title}"));
        Line(text, "");
        Line(text, Invariant($"| {column} | accuracy | samples |"));
        Line(text, "|---|---:|---:|");
        foreach (var group in groups)
        {
            Line(text, Invariant($"| {group.Group} | {Percent(group.Accuracy)} | {group.Samples} |"));
        }
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Percent(double value) =>
        double.IsFinite(value) ? (value * 100).ToString("F1", CultureInfo.InvariantCulture) + " %" : "n/a";

    private static string Fixed(double value, int digits) =>
        double.IsFinite(value) ? value.ToString("F" + digits, CultureInfo.InvariantCulture) : "n/a";
}
