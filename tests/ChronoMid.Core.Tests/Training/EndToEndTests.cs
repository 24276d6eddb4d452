using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using ChronoMid.Studies;
using ChronoMid.Synthetic;
using ChronoMid.Temporal;
using ChronoMid.Training;

namespace ChronoMid.Tests.Training;

[Collection(TorchState.Name)]
public sealed class EndToEndTests : IDisposable
{
    private readonly TrainingFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task PhantomStudy_PreprocessPartitionTrainEvaluate_LossFallsAndReportIsComplete()
    {
        var studyFolder = Path.Combine(_fixture.Root, "study");
        var phantom = PhantomStudy.Create(new PhantomOptions
        {
            Seed = 5,
            SubjectsPerGroup = 2,
            Weeks = [0, 1, 2, 3],
            MissingWeeks = [],
            TreatmentStartWeek = 1,
            Scale = PhantomScale.FromFactor(0.12, 4),
            MaxTranslationPixels = 1,
        });
        PhantomStudyWriter.Write(phantom, studyFolder);
        var study = LongitudinalStudy.Open(studyFolder);
        var pipeline = Preprocessing.For(study).ExpandToLargestSlice().Register()
            .Describe(TemporalDescriptor.AbsoluteDifference()).CacheIn(Path.Combine(_fixture.Root, "cache")).Build();
        pipeline.Run();
        using var cache = pipeline.OpenCache();
        var split = Partitioner.Split(cache.Manifest.Units, new PartitionOptions { Seed = 3, StratifyByClass = true });
        using var network = ModelCatalog.Builder("xcnn-abs").Input(cache.Layout.Rows, cache.Layout.Columns).Seed(2)
            .Build();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cpu).Epochs(3).BatchSize(8).Seed(4).Threads(2)
            .Build();

        var result = await trainer.TrainAsync(split, cache);
        var report = PartitionEvaluator.Evaluate(network, cache, split.Test);

        Assert.True(result.History[^1].TrainingLoss < result.History[0].TrainingLoss,
            $"Loss did not fall: {string.Join(", ", result.History.Select(e => e.TrainingLoss))}");
        Assert.Equal(split.Test.SampleCount, report.Confusion.Total);
        Assert.InRange(report.Accuracy, 0, 1);
        Assert.Equal(["control", "pth"], report.Confusion.Classes);
        Assert.Equal(split.Test.Units.Select(u => u.Week).Distinct().Count(), report.PerWeek.Count);
    }
}
