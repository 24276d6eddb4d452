using ChronoMid.Evaluation;
using ChronoMid.Evaluation.Reports;
using ChronoMid.Tests.Training;

namespace ChronoMid.Tests.Evaluation;

[Collection(TorchState.Name)]
public sealed class ExperimentTests(ExperimentFixture fixture) : IClassFixture<ExperimentFixture>
{
    [Fact]
    public void RunAsync_ModelWithoutItsChannel_RecordsFailedRunsAndGoesOn()
    {
        var summary = fixture.Summary;
        Assert.Equal(6, summary.Runs.Count);
        Assert.Equal(["xcnn-rel", "xcnn-rel"], summary.FailedRuns.Select(r => r.Model));
        Assert.All(summary.FailedRuns, r => Assert.Contains("rel", r.Error, StringComparison.Ordinal));
        var completed = summary.Runs.Where(r => r.Status == RunStatus.Completed).ToArray();
        Assert.Equal(4, completed.Length);
        Assert.All(completed, r =>
        {
            Assert.Single(r.History);
            Assert.Equal(r.Split.Single(p => p.Name == "test").SampleCount, r.Confusion!.Total);
            Assert.True(r.Parameters.Total > 0);
        });
        Assert.Equal(["cnn", "xcnn-abs", "xcnn-rel"], summary.Models.Select(m => m.Name));
    }

    [Fact]
    public void RunAsync_EveryModel_UsesTheSamePartitionSeedPerRun()
    {
        var seeds = fixture.Summary.Runs.GroupBy(r => r.RunIndex)
            .ToDictionary(g => g.Key, g => g.Select(r => r.PartitionSeed).Distinct().Single());
        Assert.Equal(Experiment.PartitionSeedOf(11, 0), seeds[0]);
        Assert.Equal(Experiment.PartitionSeedOf(11, 1), seeds[1]);
        Assert.NotEqual(seeds[0], seeds[1]);
        var testSizes = fixture.Summary.Runs.Where(r => r.RunIndex == 0)
            .Select(r => r.Split.Single(p => p.Name == "test").SampleCount).Distinct();
        Assert.Single(testSizes);
    }

    [Fact]
    public void RunAsync_Progress_CountsRunsAndReportsTraining()
    {
        Assert.Contains(fixture.Progress, p => p.Phase == ExperimentPhase.Training && p.Step >= 1);
        var ends = fixture.Progress.Where(p => p.Phase is ExperimentPhase.Completed or ExperimentPhase.Failed)
            .ToArray();
        Assert.Equal([1, 2, 3, 4, 5, 6], ends.Select(p => p.Run));
        Assert.All(ends, p => Assert.Equal(6, p.Runs));
    }

    [Fact]
    public async Task RunAsync_SameRunsFolderAgain_LoadsStoredRunsAndTrainsNothing()
    {
        Assert.Equal(6, Directory.GetFiles(fixture.RunsFolder, "*.json").Length);
        var progress = new List<ExperimentProgress>();
        var again = await fixture.Builder().Build().RunAsync(new SyncProgress<ExperimentProgress>(progress.Add));
        Assert.All(progress, p => Assert.Equal(ExperimentPhase.Loaded, p.Phase));
        Assert.Equal(6, progress.Count);
        Assert.Equal(fixture.Summary.Runs.Select(r => (r.Model, r.RunIndex, r.Accuracy, r.Error)),
            again.Runs.Select(r => (r.Model, r.RunIndex, r.Accuracy, r.Error)));
    }

    [Fact]
    public async Task RunAsync_RunsFolderFromAnotherSeed_ThrowsBeforeTraining()
    {
        var experiment = fixture.Builder().Seed(12).Build();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => experiment.RunAsync());
        Assert.Contains("6 run(s) made with other settings", error.Message, StringComparison.Ordinal);
        Assert.Contains("seed 11 not 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SeveralInvalidSteps_ListsEveryProblem()
    {
        var builder = Experiment.For(fixture.Cache).Models("cnn", "nope", "CNN").Runs(0).EpochBudgets(5, 0)
            .BatchSize(0).LearningRate(double.NaN);
        var error = Assert.Throws<InvalidExperimentException>(builder.Build);
        Assert.Equal(
        [
            "Model 'nope' is unknown; expected one of cnn, cnn-ts, xcnn-abs, xcnn-rel, xcnn-ts-abs, xcnn-ts-rel, " +
            "xcnn-abs-rel, xcnn-ts-abs-rel, diff-abs, diff-rel.",
            "Model 'cnn' is listed twice; list each model once.",
            "Runs must be at least 1; it is 0.",
            "Every epoch budget must be at least 1 epoch; got 5, 0.",
            "BatchSize must be at least 1 sample; it is 0.",
            "The learning rate must be finite and above 0; it is NaN.",
        ], error.Problems);
    }

    [Fact]
    public void PartitionSeedOf_SameInputs_SameSeedAndRunsDiffer()
    {
        Assert.Equal(Experiment.PartitionSeedOf(7, 3), Experiment.PartitionSeedOf(7, 3));
        Assert.NotEqual(Experiment.PartitionSeedOf(7, 3), Experiment.PartitionSeedOf(7, 4));
        Assert.NotEqual(Experiment.PartitionSeedOf(7, 3), Experiment.PartitionSeedOf(8, 3));
    }
}
