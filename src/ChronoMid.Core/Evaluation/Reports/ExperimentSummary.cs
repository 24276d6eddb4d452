using System.Globalization;

namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// The paper's Tables 2–4 computed from run records: per model and epoch budget, accuracy macro-averaged over
/// completed runs ± sample SD, mean seconds per epoch micro-averaged over all their epochs, parameter counts,
/// confusion matrices summed over runs, and partition compositions; failed runs are listed, never counted.
/// </summary>
public sealed partial class ExperimentSummary
{
    private ExperimentSummary(IReadOnlyList<string> classes, IReadOnlyList<int> epochBudgets,
        IReadOnlyList<ModelResults> models, IReadOnlyList<RunRecord> runs)
    {
        Classes = classes;
        EpochBudgets = epochBudgets;
        Models = models;
        Runs = runs;
        FailedRuns = runs.Where(r => r.Status == RunStatus.Failed).ToArray();
    }

    /// <summary>Gets the class labels, in the order of the confusion matrices' rows and columns.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Gets every epoch budget any model was run with, ascending.</summary>
    public IReadOnlyList<int> EpochBudgets { get; }

    /// <summary>Gets the results of each model, in the order the models first appear in the run records.</summary>
    public IReadOnlyList<ModelResults> Models { get; }

    /// <summary>Gets every run record, completed and failed, in the order given.</summary>
    public IReadOnlyList<RunRecord> Runs { get; }

    /// <summary>Gets the failed runs, each with its error; they are excluded from every statistic.</summary>
    public IReadOnlyList<RunRecord> FailedRuns { get; }

    /// <summary>Aggregates run records into the paper's tables.</summary>
    /// <param name="records">The run records; any order, completed and failed.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// The records are inconsistent: a completed run without a confusion matrix, confusion matrices over different
    /// classes, an epoch budget below 1, a run index used twice for one model and budget, or a week that is not
    /// a whole number. Every problem is listed in the one message.
    /// </exception>
    public static ExperimentSummary From(IEnumerable<RunRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var runs = records.ToArray();
        if (runs.Any(r => r is null))
        {
            throw new ArgumentException("Expected run records, found a null entry.", nameof(records));
        }

        var classes = ClassesOf(runs);
        var problems = Validate(runs, classes);
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The run records cannot be aggregated ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}): " +
                string.Join(" ", problems), nameof(records));
        }

        var budgets = runs.Select(r => r.EpochBudget).Distinct().Order().ToArray();
        var models = runs.GroupBy(r => r.Model, StringComparer.Ordinal)
            .Select(group => Summarise(group.ToArray(), classes))
            .ToArray();
        return new ExperimentSummary(classes, budgets, models, runs);
    }

    private static List<string> Validate(RunRecord[] runs, IReadOnlyList<string> classes)
    {
        var problems = new List<string>();
        foreach (var run in runs)
        {
            var name = $"{run.Model}, {run.EpochBudget} epochs, run {run.RunIndex}";
            if (run.EpochBudget < 1)
            {
                problems.Add($"{name}: the epoch budget must be at least 1, got {run.EpochBudget}.");
            }

            if (run.Status == RunStatus.Completed && run.Confusion is null)
            {
                problems.Add($"{name}: completed without a confusion matrix; set Confusion or Error.");
            }

            if (run.Confusion is { } confusion && !confusion.Classes.SequenceEqual(classes, StringComparer.Ordinal))
            {
                problems.Add($"{name}: its confusion matrix has classes [{string.Join(", ", confusion.Classes)}], " +
                    $"expected [{string.Join(", ", classes)}] like the first completed run.");
            }

            foreach (var week in run.PerWeek.Where(w => !IsWeek(w.Group)))
            {
                problems.Add($"{name}: per-week group '{week.Group}' is not a whole number of weeks.");
            }
        }

        foreach (var duplicate in runs.GroupBy(r => (r.Model, r.EpochBudget, r.RunIndex)).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key.Model}, {duplicate.Key.EpochBudget} epochs: run index " +
                $"{duplicate.Key.RunIndex} appears {duplicate.Count()} times.");
        }

        return problems;
    }

    private static bool IsWeek(string group) =>
        int.TryParse(group, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static string[] ClassesOf(RunRecord[] runs)
    {
        var first = runs.FirstOrDefault(r => r.Confusion is not null)?.Confusion;
        if (first is not null)
        {
            return first.Classes.ToArray();
        }

        // Without a single completed run the labels can only come from the splits.
        return runs.SelectMany(r => r.Split).SelectMany(p => p.SamplesPerLabel.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}
