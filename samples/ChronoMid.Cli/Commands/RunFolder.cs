using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChronoMid.Data;
using ChronoMid.Evaluation.Reports;

namespace ChronoMid.Cli.Commands;

/// <summary>
/// The files of a training run folder: <c>run.json</c> (what was trained on what), <c>split.json</c> (the
/// partitions, like the paper's Table 4), <c>history.json</c>, <c>model/</c>, <c>checkpoints/</c> and the test
/// report (<c>report.json</c>, <c>report.md</c>).
/// </summary>
internal sealed class RunFolder(string path)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string Path { get; } = path;

    public string RunFile => System.IO.Path.Combine(Path, "run.json");

    public string SplitFile => System.IO.Path.Combine(Path, "split.json");

    public string HistoryFile => System.IO.Path.Combine(Path, "history.json");

    public string ModelFolder => System.IO.Path.Combine(Path, "model");

    public string Checkpoints => System.IO.Path.Combine(Path, "checkpoints");

    public string ReportJson => System.IO.Path.Combine(Path, "report.json");

    public string ReportMarkdown => System.IO.Path.Combine(Path, "report.md");

    public static JsonObject Describe(DataSplit split) => new()
    {
        ["unit"] = split.Options.Unit.ToString(),
        ["seed"] = split.Options.Seed,
        ["partitions"] = new JsonArray(split.Partitions.Select(partition => (JsonNode?)Describe(partition)).ToArray()),
    };

    public static IReadOnlyList<(string Subject, int Week)> TestUnits(JsonNode split) =>
        split["partitions"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "test")!["units"]!.AsArray()
            .Select(u => (u!["subject"]!.GetValue<string>(), u["week"]!.GetValue<int>())).ToArray();

    public static void Write(string file, JsonNode node) => WriteText(file, node.ToJsonString(Indented));

    public static void WriteText(string file, string text) => ReportWriter.WriteAtomically(file, text);

    public static JsonNode Read(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) ?? throw new JsonException("The file holds JSON null.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{file} is not valid JSON ({exception.Message}).", exception);
        }
    }

    private static JsonObject Describe(Partition partition)
    {
        var total = partition.SampleCount;
        var perLabel = partition.SamplesPerLabel();
        return new JsonObject
        {
            ["name"] = partition.Name,
            ["units"] = new JsonArray(partition.Units.Select(unit => (JsonNode?)new JsonObject
            {
                ["subject"] = unit.Subject,
                ["week"] = unit.Week,
                ["label"] = unit.Label,
                ["samples"] = unit.Samples.Count,
            }).ToArray()),
            ["samples"] = total,
            ["samplesPerLabel"] = new JsonObject(perLabel.Select(pair =>
                KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
            ["shareOfLabel"] = new JsonObject(perLabel.Select(pair => KeyValuePair.Create(pair.Key,
                (JsonNode?)Math.Round((double)pair.Value / total, 4)))),
        };
    }

    public static string Table(DataSplit split)
    {
        var labels = split.Partitions.SelectMany(p => p.SamplesPerLabel().Keys).Distinct().Order(StringComparer.Ordinal)
            .ToArray();
        var lines = new List<string>
        {
            $"{"partition",-11} {"units",6} {"samples",8} " + string.Join(' ', labels.Select(l => $"{l,10}")),
        };
        foreach (var partition in split.Partitions)
        {
            var perLabel = partition.SamplesPerLabel();
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{partition.Name,-11} {partition.Units.Count,6} {partition.SampleCount,8} ") + string.Join(' ',
                labels.Select(l => Share(perLabel.GetValueOrDefault(l), partition.SampleCount))));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Share(int count, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{(total == 0 ? 0 : count * 100.0 / total),9:F1}%");
}
