using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// Renders an experiment summary as JSON: an array with one object per model (schema in docs/reports.md).
/// Accuracies are fractions in [0, 1], class shares percent, times seconds; a value that cannot be computed
/// (NaN) is written as <c>null</c>. Objects keyed by epoch budget use the budget as text, e.g. <c>"5"</c>.
/// </summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Renders the summary.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The indented JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is <see langword="null"/>.</exception>
    public static string Render(ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var models = new JsonArray();
        foreach (var model in summary.Models)
        {
            models.Add(Model(model, summary.FailedRuns.Where(r => r.Model == model.Name)));
        }

        return models.ToJsonString(Options);
    }

    private static JsonObject Model(ModelResults model, IEnumerable<RunRecord> failed)
    {
        // The headline confusion matrix is the largest budget's with completed runs, as the paper shows one per
        // model; every budget's is under confusionByEpochs.
        var headline = model.Budgets.LastOrDefault(b => b.Confusion is not null);
        return new JsonObject
        {
            ["name"] = model.Name,
            ["runs"] = model.Budgets.Sum(b => b.Runs),
            ["accuracy"] = ByBudget(model, b => Statistic(b.Accuracy)),
            ["secondsPerEpoch"] = ByBudget(model, b => Number(b.SecondsPerEpoch)),
            ["parameters"] = Parameters(model.Parameters),
            ["confusion"] = headline is null ? null : Confusion(headline),
            ["descriptor"] = model.Descriptor,
            ["failedRuns"] = model.Budgets.Sum(b => b.FailedRuns),
            ["runsByEpochs"] = ByBudget(model, b => b.Runs),
            ["epochsTimed"] = ByBudget(model, b => b.EpochsTimed),
            ["confusionByEpochs"] = ByBudget(model, b => b.Confusion is null ? null : Confusion(b)),
            ["splits"] = ByBudget(model, b => Splits(b)),
            ["perWeek"] = ByBudget(model, b => Weeks(b)),
            ["failed"] = new JsonArray(failed.Select(r => (JsonNode)new JsonObject
            {
                ["run"] = r.RunIndex,
                ["epochs"] = r.EpochBudget,
                ["partitionSeed"] = r.PartitionSeed,
                ["error"] = r.Error,
            }).ToArray()),
        };
    }

    private static JsonObject ByBudget(ModelResults model, Func<BudgetSummary, JsonNode?> value)
    {
        var result = new JsonObject();
        foreach (var budget in model.Budgets)
        {
            result[budget.EpochBudget.ToString(CultureInfo.InvariantCulture)] = value(budget);
        }

        return result;
    }

    private static JsonObject Statistic(MeanAndDeviation statistic) => new()
    {
        ["mean"] = Number(statistic.Mean),
        ["sd"] = Number(statistic.StandardDeviation),
        ["runs"] = statistic.Count,
    };

    private static JsonObject Parameters(Models.ParameterCount parameters) => new()
    {
        ["total"] = parameters.Total,
        ["trainable"] = parameters.Trainable,
        ["nonTrainable"] = parameters.NonTrainable,
    };

    private static JsonObject Confusion(BudgetSummary budget)
    {
        var matrix = budget.Confusion!;
        var rows = new JsonArray();
        for (var actual = 0; actual < matrix.Classes.Count; actual++)
        {
            rows.Add(new JsonArray(Enumerable.Range(0, matrix.Classes.Count)
                .Select(predicted => (JsonNode)JsonValue.Create(matrix[actual, predicted])).ToArray()));
        }

        return new JsonObject
        {
            ["epochs"] = budget.EpochBudget,
            ["runs"] = budget.Runs,
            ["classes"] = new JsonArray(matrix.Classes.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            ["counts"] = rows,
        };
    }

    private static JsonArray Splits(BudgetSummary budget) => new(budget.Partitions.Select(p =>
    {
        var shares = new JsonObject();
        foreach (var share in p.Shares)
        {
            shares[share.Label] = Statistic(share.Percent);
        }

        return (JsonNode)new JsonObject
        {
            ["partition"] = p.Name,
            ["samples"] = Statistic(p.Samples),
            ["percent"] = shares,
        };
    }).ToArray());

    private static JsonArray Weeks(BudgetSummary budget) => new(budget.PerWeek.Select(w => (JsonNode)new JsonObject
    {
        ["week"] = w.Week,
        ["accuracy"] = Statistic(w.Accuracy),
        ["samples"] = w.Samples,
    }).ToArray());

    // JSON has no NaN; System.Text.Json would throw on it.
    private static JsonValue? Number(double value) => double.IsNaN(value) ? null : JsonValue.Create(value);
}
