using ChronoMid.Evaluation;
using ChronoMid.Models;
using ChronoMid.Tests.Training;

namespace ChronoMid.Tests.Evaluation;

[Collection(TorchState.Name)]
public sealed class EvaluationReportTests : IDisposable
{
    private readonly TrainingFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void Predict_Partition_OnePredictionPerSampleInPartitionOrder()
    {
        using var cache = _fixture.Cache();
        using var network = TrainingFixture.Network();
        var split = TrainingFixture.Split(cache);

        var predictions = PartitionEvaluator.Predict(network, cache, split.Test, batchSize: 5);

        Assert.Equal(split.Test.SampleCount, predictions.Count);
        Assert.Equal(split.Test.Units.SelectMany(u => u.Samples.Select(s => (u.Subject, u.Week, s.SliceIndex))),
            predictions.Select(p => (p.Subject, p.Week, p.SliceIndex)));
        Assert.All(predictions, p => Assert.Equal(1f, p.Probabilities.Sum(), 4));
        Assert.All(predictions, p => Assert.Equal(p.Subject.StartsWith("pth", StringComparison.Ordinal) ? 1 : 0,
            p.Actual));
    }

    [Fact]
    public void ToJson_UndefinedMetric_IsNullAndKeysAreCamelCase()
    {
        var report = ClassificationReport.Create(["control", "pth"],
        [
            new Prediction("m1", 0, 0, 0, [0.9f, 0.1f]),
            new Prediction("m1", 1, 0, 0, [0.2f, 0.8f]),
        ]);
        var evaluation = new EvaluationReport("xcnn-abs", "image+abs", "test", report, double.NaN,
            new ParameterCount(10, 4));

        var json = evaluation.ToJson();

        Assert.Contains("\"sensitivity\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"meanSecondsPerEpoch\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"accuracy\": 0.5", json, StringComparison.Ordinal);
        Assert.Contains("\"nonTrainable\": 4", json, StringComparison.Ordinal);
        var matrix = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("confusionMatrix");
        Assert.Equal("[[1,1],[0,0]]", matrix.ToString().Replace(" ", "", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ToMarkdown_ConfusionMatrix_RowsActualColumnsPredicted()
    {
        var report = ClassificationReport.Create(["control", "pth"],
        [
            new Prediction("c1", 0, 0, 0, [0.9f, 0.1f]),
            new Prediction("c1", 1, 0, 0, [0.2f, 0.8f]),
            new Prediction("p1", 1, 0, 1, [0.3f, 0.7f]),
        ]);
        var markdown = new EvaluationReport("xcnn-abs", "image+abs", "test", report, 2.5, new ParameterCount(10, 4))
            .ToMarkdown();

        Assert.Contains(string.Join('\n', "| actual \\ predicted | control | pth |", "|---|---:|---:|",
            "| control | 1 | 1 |", "| pth | 0 | 1 |"), markdown, StringComparison.Ordinal);
        Assert.Contains("| accuracy | 66.7 % |", markdown, StringComparison.Ordinal);
        Assert.Contains("| 1 | 50.0 % | 2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| mean training time per epoch (s) | 2.5 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteJson_WritesAtomicallyLeavingNoTemporaryFile()
    {
        var report = ClassificationReport.Create(["a", "b"], [new Prediction("m", 0, 0, 1, [0.4f, 0.6f])]);
        var path = Path.Combine(_fixture.Root, "out", "report.json");

        new EvaluationReport("cnn", "image", "test", report, 1, new ParameterCount(1, 0)).WriteJson(path);

        Assert.True(File.Exists(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }
}
