using System.Text;

namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// Renders Tables 2–4 as comma-separated values for analysis elsewhere: one row per model and epoch budget (and
/// per cell where a table has more), invariant culture, round-trippable numbers, empty fields for no value.
/// </summary>
public static class CsvTables
{
    /// <summary>Renders Table 2: accuracy, time per epoch and parameters per model and epoch budget.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The CSV text with a header row; accuracies are fractions in [0, 1], times in seconds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Table2(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        Line(text, ["model", "descriptor", "epochs", "runs", "failed_runs", "accuracy_mean", "accuracy_sd",
            "seconds_per_epoch", "epochs_timed", "parameters_total", "parameters_trainable",
            "parameters_non_trainable"]);
        foreach (var model in summary.Models)
        {
            foreach (var b in model.Budgets)
            {
                Line(text, [model.Name, model.Descriptor, ReportFormat.Integer(b.EpochBudget),
                    ReportFormat.Integer(b.Runs), ReportFormat.Integer(b.FailedRuns), ReportFormat.Raw(b.Accuracy.Mean),
                    ReportFormat.Raw(b.Accuracy.StandardDeviation), ReportFormat.Raw(b.SecondsPerEpoch),
                    ReportFormat.Integer(b.EpochsTimed), ReportFormat.Integer(b.Parameters.Total),
                    ReportFormat.Integer(b.Parameters.Trainable), ReportFormat.Integer(b.Parameters.NonTrainable)]);
            }
        }

        return text.ToString();
    }

    /// <summary>Renders Table 3: one row per model, epoch budget, actual class and predicted class.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The CSV text with a header row; counts are summed over completed runs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Table3(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        Line(text, ["model", "epochs", "runs", "actual", "predicted", "count"]);
        foreach (var model in summary.Models)
        {
            foreach (var b in model.Budgets.Where(b => b.Confusion is not null))
            {
                var classes = b.Confusion!.Classes;
                for (var actual = 0; actual < classes.Count; actual++)
                {
                    for (var predicted = 0; predicted < classes.Count; predicted++)
                    {
                        Line(text, [model.Name, ReportFormat.Integer(b.EpochBudget), ReportFormat.Integer(b.Runs),
                            classes[actual], classes[predicted], ReportFormat.Integer(b.Confusion[actual, predicted])]);
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Renders Table 4: one row per model, epoch budget and partition, with the number of samples and each class's
    /// share in percent (columns <c>LABEL_percent_mean</c>, <c>LABEL_percent_sd</c>), mean and SD over runs.
    /// </summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The CSV text with a header row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Table4(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        var header = new List<string> { "model", "epochs", "runs", "partition", "samples_mean", "samples_sd" };
        header.AddRange(summary.Classes.SelectMany(label => new[] { $"{label}_percent_mean", $"{label}_percent_sd" }));
        Line(text, header);
        foreach (var model in summary.Models)
        {
            foreach (var b in model.Budgets)
            {
                foreach (var partition in b.Partitions)
                {
                    var row = new List<string>
                    {
                        model.Name, ReportFormat.Integer(b.EpochBudget), ReportFormat.Integer(b.Runs), partition.Name,
                        ReportFormat.Raw(partition.Samples.Mean), ReportFormat.Raw(partition.Samples.StandardDeviation),
                    };
                    row.AddRange(partition.Shares.SelectMany(s => new[]
                    {
                        ReportFormat.Raw(s.Percent.Mean), ReportFormat.Raw(s.Percent.StandardDeviation),
                    }));
                    Line(text, row);
                }
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) =>
        text.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");

    // RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled. Model names such as
    // "X-CNN, abs. diff." hold commas.
    private static string Quote(string field) => field.AsSpan().IndexOfAny(",\"\r\n") < 0
        ? field
        : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
