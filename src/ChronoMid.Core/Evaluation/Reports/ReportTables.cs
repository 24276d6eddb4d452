namespace ChronoMid.Evaluation.Reports;

/// <summary>Lays a summary out as the paper's Tables 2–4, plus per-week accuracy and failed runs.</summary>
internal static class ReportTables
{
    public const string Table2Note = "Accuracy: test accuracy macro-averaged over completed runs ± sample standard " +
        "deviation (n − 1 denominator; 0 for a single run), with the number of runs. Mean time: seconds per epoch, " +
        "micro-averaged over every epoch of every completed run. Failed runs are excluded.";

    public const string Table3Note = "Rows: actual class; columns: predicted class. Test predictions summed over " +
        "completed runs, so totals differ with the number of runs and each run's split.";

    public const string Table4Note = "Share of each class (%) and number of samples per partition, mean ± sample " +
        "standard deviation over completed runs.";

    public static ReportTable Table2(ExperimentSummary summary)
    {
        var budgets = summary.EpochBudgets;
        var header = new List<string> { "Method" };
        header.AddRange(budgets.Select(b => $"Accuracy / %, {ReportFormat.Epochs(b)}"));
        header.AddRange(budgets.Select(b => $"Mean time / s, {ReportFormat.Epochs(b)}"));
        header.AddRange(["Parameters", "Trainable", "Non-trainable"]);
        var rows = summary.Models.Select(model =>
        {
            var row = new List<string> { model.Name };
            row.AddRange(budgets.Select(b => model.ForBudget(b) is { Runs: > 0 } s
                ? $"{ReportFormat.MeanSd(s.Accuracy.Scale(100), 2)} ({ReportFormat.Runs(s.Runs)})"
                : ReportFormat.Missing));
            row.AddRange(budgets.Select(b => model.ForBudget(b) is { } s
                ? ReportFormat.Number(s.SecondsPerEpoch, 2)
                : ReportFormat.Missing));
            row.AddRange([ReportFormat.Integer(model.Parameters.Total),
                ReportFormat.Integer(model.Parameters.Trainable), ReportFormat.Integer(model.Parameters.NonTrainable)]);
            return (IReadOnlyList<string>)row;
        }).ToArray();
        return new ReportTable("Table 2. Classifier accuracies and training times", header, rows, Table2Note);
    }

    public static IReadOnlyList<ReportTable> Table3(ExperimentSummary summary) => summary.Models
        .SelectMany(model => model.Budgets.Where(b => b.Confusion is not null).Select(budget =>
        {
            var confusion = budget.Confusion!;
            var header = new List<string> { "Actual \\ predicted" };
            header.AddRange(confusion.Classes);
            var rows = confusion.Classes.Select((label, actual) =>
            {
                var row = new List<string> { label };
                row.AddRange(confusion.Classes.Select((_, predicted) =>
                    ReportFormat.Integer(confusion[actual, predicted])));
                return (IReadOnlyList<string>)row;
            }).ToArray();
            return new ReportTable($"Table 3. Confusion matrix, {model.Name}, " +
                $"{ReportFormat.Epochs(budget.EpochBudget)} ({ReportFormat.Runs(budget.Runs)}, " +
                $"{ReportFormat.Integer(confusion.Total)} test samples)",
                header, rows, Table3Note);
        }))
        .ToArray();

    public static ReportTable Table4(ExperimentSummary summary)
    {
        var budgets = summary.EpochBudgets;
        var header = new List<string> { "Method", "Partition" };
        foreach (var label in summary.Classes)
        {
            header.AddRange(budgets.Select(b => $"{label} / %, {ReportFormat.Epochs(b)}"));
        }

        header.AddRange(budgets.Select(b => $"Samples, {ReportFormat.Epochs(b)}"));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var model in summary.Models)
        {
            var partitions = model.Budgets.SelectMany(b => b.Partitions).Select(p => p.Name)
                .Distinct(StringComparer.Ordinal);
            foreach (var name in partitions)
            {
                var row = new List<string> { model.Name, name };
                PartitionSummary? At(int budget) =>
                    model.ForBudget(budget)?.Partitions.FirstOrDefault(p => p.Name == name);
                foreach (var label in summary.Classes)
                {
                    row.AddRange(budgets.Select(b => At(b)?.Shares.FirstOrDefault(s => s.Label == label) is { } share
                        ? ReportFormat.MeanSd(share.Percent, 2)
                        : ReportFormat.Missing));
                }

                row.AddRange(budgets.Select(b =>
                    At(b) is { } p ? ReportFormat.MeanSd(p.Samples, 0) : ReportFormat.Missing));
                rows.Add(row);
            }
        }

        return new ReportTable("Table 4. Data splits by partition and class", header, rows, Table4Note);
    }

    public static IReadOnlyList<ReportTable> PerWeek(ExperimentSummary summary) => summary.Models
        .Where(model => model.Budgets.Any(b => b.PerWeek.Count > 0))
        .Select(model =>
        {
            var weeks = model.Budgets.SelectMany(b => b.PerWeek).Select(w => w.Week).Distinct().Order().ToArray();
            var header = new List<string> { "Week" };
            header.AddRange(model.Budgets.Select(b => $"Accuracy / %, {ReportFormat.Epochs(b.EpochBudget)}"));
            var rows = weeks.Select(week =>
            {
                var row = new List<string> { ReportFormat.Integer(week) };
                row.AddRange(model.Budgets.Select(b => b.PerWeek.FirstOrDefault(w => w.Week == week) is { } w
                    ? $"{ReportFormat.MeanSd(w.Accuracy.Scale(100), 2)} ({ReportFormat.Runs(w.Accuracy.Count)})"
                    : ReportFormat.Missing));
                return (IReadOnlyList<string>)row;
            }).ToArray();
            return new ReportTable($"Accuracy per week since the start, {model.Name}", header, rows,
                "Test accuracy of the samples at each week, macro-averaged over the completed runs whose test " +
                "partition held that week ± sample standard deviation.");
        })
        .ToArray();

    public static ReportTable Failed(ExperimentSummary summary) => new(
        "Failed runs (excluded from every statistic)",
        ["Method", "Epochs", "Run", "Partition seed", "Error"],
        summary.FailedRuns.Select(run => (IReadOnlyList<string>)[run.Model, ReportFormat.Integer(run.EpochBudget),
            ReportFormat.Integer(run.RunIndex), ReportFormat.Integer(run.PartitionSeed), run.Error ?? ""]).ToArray(),
        "");
}
