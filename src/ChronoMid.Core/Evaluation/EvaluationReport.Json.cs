using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChronoMid.Evaluation;

public sealed partial record EvaluationReport
{
    /// <summary>
    /// Writes the report as indented JSON: camelCase keys, NaN (an undefined metric, such as the sensitivity of a
    /// partition without positives) written as null, the confusion matrix as rows of actual classes.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var confusion = Report.Confusion;
        var classes = confusion.Classes;
        var json = new JsonObject
        {
            ["model"] = Model,
            ["descriptor"] = Descriptor,
            ["partition"] = Partition,
            ["samples"] = confusion.Total,
            ["classes"] = new JsonArray(classes.Select(label => (JsonNode?)label).ToArray()),
            ["positiveClass"] = classes[Report.PositiveClass],
            ["accuracy"] = Number(Report.Accuracy),
            ["balancedAccuracy"] = Number(Report.BalancedAccuracy),
            ["sensitivity"] = Number(Report.Sensitivity),
            ["specificity"] = Number(Report.Specificity),
            ["rocAuc"] = Number(Report.RocAuc),
            ["meanSecondsPerEpoch"] = Number(MeanSecondsPerEpoch),
            ["parameters"] = new JsonObject
            {
                ["total"] = Parameters.Total,
                ["trainable"] = Parameters.Trainable,
                ["nonTrainable"] = Parameters.NonTrainable,
            },
            ["confusionMatrix"] = new JsonArray(classes.Select((_, actual) => (JsonNode?)new JsonArray(
                classes.Select((_, predicted) => (JsonNode?)confusion[actual, predicted]).ToArray())).ToArray()),
            ["perClass"] = new JsonArray(Report.PerClass.Select(c => (JsonNode?)new JsonObject
            {
                ["label"] = c.Label,
                ["precision"] = Number(c.Precision),
                ["recall"] = Number(c.Recall),
                ["support"] = c.Support,
            }).ToArray()),
            ["perWeek"] = Groups(Report.PerWeek),
            ["perSubject"] = Groups(Report.PerSubject),
        };
        return json.ToJsonString(ReportJson.Options);
    }

    private static JsonArray Groups(IReadOnlyList<GroupAccuracy> groups) => new(groups.Select(g =>
        (JsonNode?)new JsonObject
        {
            ["group"] = g.Group,
            ["accuracy"] = Number(g.Accuracy),
            ["samples"] = g.Samples,
        }).ToArray());

    private static JsonValue? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
