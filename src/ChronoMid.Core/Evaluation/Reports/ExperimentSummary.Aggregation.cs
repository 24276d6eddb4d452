using System.Globalization;

namespace ChronoMid.Evaluation.Reports;

/// <content>The statistics over the runs of one model.</content>
public sealed partial class ExperimentSummary
{
    private static ModelResults Summarise(RunRecord[] runs, IReadOnlyList<string> classes)
    {
        var budgets = runs.GroupBy(r => r.EpochBudget).OrderBy(g => g.Key)
            .Select(g => SummariseBudget(g.Key, g.OrderBy(r => r.RunIndex).ToArray(), classes))
            .ToArray();
        return new ModelResults(runs[0].Model, runs[0].Descriptor, runs[0].Parameters, budgets);
    }

    private static BudgetSummary SummariseBudget(int budget, RunRecord[] runs, IReadOnlyList<string> classes)
    {
        var completed = runs.Where(r => r.Status == RunStatus.Completed).ToArray();
        var accuracy = MeanAndDeviation.Of(completed.Select(r => r.Accuracy));

        // Micro-average: every epoch of every completed run weighs the same, as in the paper's Table 2.
        var seconds = completed.SelectMany(r => r.SecondsPerEpoch).ToArray();
        var meanSeconds = seconds.Length == 0 ? double.NaN : seconds.Average();
        var confusion = completed.Length == 0
            ? null
            : ConfusionMatrix.Sum(completed.Select(r => r.Confusion!).ToArray());
        var parameters = (completed.Length > 0 ? completed[0] : runs[0]).Parameters;
        return new BudgetSummary(budget, completed.Length, runs.Length - completed.Length, accuracy, meanSeconds,
            seconds.Length, parameters, confusion, Partitions(completed, classes), Weeks(completed));
    }

    private static PartitionSummary[] Partitions(RunRecord[] completed, IReadOnlyList<string> classes)
    {
        var names = completed.SelectMany(r => r.Split).Select(p => p.Name).Distinct(StringComparer.Ordinal);
        return names.Select(name =>
        {
            var parts = completed.SelectMany(r => r.Split.Where(p => p.Name == name).Take(1)).ToArray();
            var shares = classes.Select(label =>
                new ClassShare(label, MeanAndDeviation.Of(parts.Select(p => p.SharePercent(label))))).ToArray();
            return new PartitionSummary(name, MeanAndDeviation.Of(parts.Select(p => (double)p.SampleCount)), shares);
        }).ToArray();
    }

    private static WeekSummary[] Weeks(RunRecord[] completed) => completed
        .SelectMany(r => r.PerWeek)
        .GroupBy(w => int.Parse(w.Group, NumberStyles.Integer, CultureInfo.InvariantCulture))
        .OrderBy(g => g.Key)
        .Select(g => new WeekSummary(
            g.Key, MeanAndDeviation.Of(g.Select(w => w.Accuracy)), g.Sum(w => (long)w.Samples)))
        .ToArray();
}
