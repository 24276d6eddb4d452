using ChronoMid.Data;
using ChronoMid.Models;
using ChronoMid.Temporal;
using ChronoMid.Training;

namespace ChronoMid.Tests.Training;

[Collection(TorchState.Name)]
public sealed class TrainerTests : IDisposable
{
    private readonly TrainingFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task TrainAsync_TinyCache_LossFallsAccuracyAboveChanceCheckpointEachEpoch()
    {
        using var cache = _fixture.Cache();
        using var network = TrainingFixture.Network();
        var split = TrainingFixture.Split(cache);
        var checkpointsAtEpochEnd = new List<string?>();
        var reports = new List<TrainingProgress>();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cpu).Epochs(4).BatchSize(8).Seed(7).Threads(2)
            .CheckpointTo(_fixture.Checkpoints)
            .OnEpochCompleted(_ => checkpointsAtEpochEnd.Add(TrainingCheckpoint.FindLatest(_fixture.Checkpoints)))
            .Build();

        var result = await trainer.TrainAsync(split, cache, new SyncProgress<TrainingProgress>(reports.Add));

        var steps = (split.Training.SampleCount + 7) / 8;
        Assert.Equal([1, 2, 3, 4], result.History.Select(e => e.Epoch));
        Assert.True(result.History[^1].TrainingLoss < result.History[0].TrainingLoss,
            $"Loss did not fall: {string.Join(", ", result.History.Select(e => e.TrainingLoss))}");
        Assert.True(result.History[^1].TrainingAccuracy > 0.75, $"Accuracy {result.History[^1].TrainingAccuracy}");
        Assert.True(result.History[^1].ValidationAccuracy > 0.5);
        Assert.Equal(Enumerable.Range(1, 4).Select(e => CheckpointStore.FolderOf(_fixture.Checkpoints, e)),
            checkpointsAtEpochEnd);
        Assert.Equal([CheckpointStore.FolderOf(_fixture.Checkpoints, 4)],
            Directory.GetDirectories(_fixture.Checkpoints));
        Assert.Equal(4 * steps, reports.Count);
        Assert.Equal((4, 4, steps, steps), (reports[^1].Epoch, reports[^1].Epochs, reports[^1].Step,
            reports[^1].StepsPerEpoch));
        Assert.Equal(TimeSpan.Zero, reports[^1].EstimatedTimeLeft);
        Assert.Equal(split.Training.SamplesPerLabel(), result.History[0].ClassBalance);
        Assert.Equal(4, result.BestEpoch);
        Assert.Equal(2, TorchSharp.torch.get_num_threads());
    }

    [Fact]
    public async Task TrainAsync_CancelledThenResumed_ReachesSameWeightsAsUninterrupted()
    {
        using var cache = _fixture.Cache();
        var split = TrainingFixture.Split(cache);
        using var uninterrupted = TrainingFixture.Network();
        await Builder(uninterrupted, Path.Combine(_fixture.Root, "a")).Build().TrainAsync(split, cache);

        using var interrupted = TrainingFixture.Network();
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress<TrainingProgress>(p =>
        {
            if (p.Epoch == 2 && p.Step == 2)
            {
                cancellation.Cancel();
            }
        });
        var folder = Path.Combine(_fixture.Root, "b");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Builder(interrupted, folder).Build().TrainAsync(split, cache, progress, cancellation.Token));
        Assert.Equal(CheckpointStore.FolderOf(folder, 1), TrainingCheckpoint.FindLatest(folder));

        // Another initialisation seed shows that the resumed weights come from the checkpoint.
        using var resumed = TrainingFixture.Network(seed: 99);
        var result = await Builder(resumed, folder).ResumeFromCheckpoint().Build().TrainAsync(split, cache);

        Assert.Equal(1, result.ResumedFromEpoch);
        Assert.Equal([1, 2, 3], result.History.Select(e => e.Epoch));
        TrainingFixture.AssertSameWeights(uninterrupted, resumed);
    }

    [Fact]
    public async Task TrainAsync_NaNLoss_StopsNamingEpochAndStepAndKeepsLastCheckpoint()
    {
        using var clean = _fixture.Cache();
        var split = TrainingFixture.Split(clean);
        var poisoned = split.Training.Units[0];
        // Same key and same values but one NaN: the checkpoint of the clean run resumes on it.
        using var dirty = _fixture.Cache("dirty", nanUnit: (poisoned.Subject, poisoned.Week));
        using var network = TrainingFixture.Network();
        await Builder(network, _fixture.Checkpoints, epochs: 1).Build().TrainAsync(split, clean);
        var source = BatchSource.Create(dirty, split.Training,
            options: new BatchSourceOptions { BatchSize = 8, Seed = 7 });
        var poisonedIndex = dirty.Manifest.Units.ToList().FindIndex(u => u.Subject == poisoned.Subject
            && u.Week == poisoned.Week);
        var step = (source.Order(1).ToList().FindIndex(s => s.UnitIndex == poisonedIndex) / 8) + 1;

        var error = await Assert.ThrowsAsync<TrainingDivergedException>(() =>
            Builder(network, _fixture.Checkpoints, epochs: 2).ResumeFromCheckpoint().Build().TrainAsync(split, dirty));

        var last = CheckpointStore.FolderOf(_fixture.Checkpoints, 1);
        Assert.Equal($"Training diverged at epoch 2, step {step} of {source.BatchesPerEpoch}: the loss is NaN. This " +
            $"step did not update the weights; the last complete checkpoint is {last}. Lower the learning rate, or " +
            "check the cache for NaN or infinite values.", error.Message);
        Assert.Equal((2, step), (error.Epoch, error.Step));
        Assert.Equal(last, TrainingCheckpoint.FindLatest(_fixture.Checkpoints));
        Assert.Equal(1, TrainingCheckpoint.Read(last).Epoch);
    }

    [Fact]
    public async Task Resume_TruncatedWeights_IsRefusedNamingTheFile()
    {
        using var cache = _fixture.Cache();
        var split = TrainingFixture.Split(cache);
        using var network = TrainingFixture.Network();
        await Builder(network, _fixture.Checkpoints, epochs: 1).Build().TrainAsync(split, cache);
        var weights = Path.Combine(CheckpointStore.FolderOf(_fixture.Checkpoints, 1), "model.safetensors");
        var bytes = File.ReadAllBytes(weights);
        File.WriteAllBytes(weights, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<CheckpointException>(() =>
            Builder(network, _fixture.Checkpoints, epochs: 2).ResumeFromCheckpoint().Build().TrainAsync(split, cache));

        Assert.Equal(weights, error.Path);
        Assert.StartsWith($"{weights} is damaged: its SHA-256 is ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"({bytes.Length / 2} bytes now; the file was truncated or overwritten). Delete its " +
            "checkpoint folder to resume from an earlier one, or start over.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_GarbledRecord_IsRefusedNamingTheFile()
    {
        using var cache = _fixture.Cache();
        var split = TrainingFixture.Split(cache);
        using var network = TrainingFixture.Network();
        await Builder(network, _fixture.Checkpoints, epochs: 1).Build().TrainAsync(split, cache);
        var record = Path.Combine(CheckpointStore.FolderOf(_fixture.Checkpoints, 1), TrainingCheckpoint.FileName);
        File.WriteAllText(record, "{ \"epoch\": 1, garbled");

        var error = await Assert.ThrowsAsync<CheckpointException>(() =>
            Builder(network, _fixture.Checkpoints, epochs: 2).ResumeFromCheckpoint().Build().TrainAsync(split, cache));

        Assert.Equal(record, error.Path);
        Assert.StartsWith($"{record} is damaged: it is not a valid checkpoint record (", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_OtherArchitectureAndCache_IsRefusedListingWhatDiffers()
    {
        using var cache = _fixture.Cache();
        using var other = _fixture.Cache("other", key: "other");
        var split = TrainingFixture.Split(cache);
        using var network = TrainingFixture.Network();
        await Builder(network, _fixture.Checkpoints, epochs: 1).Build().TrainAsync(split, cache);
        using var wider = TrainingFixture.Network(secondChainFilters: 16);

        var error = await Assert.ThrowsAsync<CheckpointException>(() =>
            Builder(wider, _fixture.Checkpoints, epochs: 2).ResumeFromCheckpoint().Build().TrainAsync(split, other));

        var record = Path.Combine(CheckpointStore.FolderOf(_fixture.Checkpoints, 1), TrainingCheckpoint.FileName);
        Assert.Equal(string.Join(Environment.NewLine,
            $"{record} was written for another run and cannot be resumed by this one:",
            "- architecture: the checkpoint has 'image+abs' 16 × 24, 2 classes, Faithful variant, filters 4 | 8, " +
            "this network is 'image+abs' 16 × 24, 2 classes, Faithful variant, filters 4 | 16",
            "- cache key: the checkpoint has tiny, this run has other",
            "Use another checkpoint folder, or start over without resuming."), error.Message);
    }

    [Fact]
    public async Task TrainAsync_EarlyStoppingWithoutImprovement_StopsAndKeepsBestWeights()
    {
        using var cache = _fixture.Cache();
        var split = TrainingFixture.Split(cache);
        using var network = TrainingFixture.Network();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cpu).Epochs(6).BatchSize(8).Seed(7).Threads(2)
            .Optimizer(OptimizerKind.Sgd, learningRate: 1e-12).L2(0)
            .EarlyStopping(EarlyStoppingMetric.ValidationAccuracy, patience: 2)
            .CheckpointTo(_fixture.Checkpoints).Build();

        var result = await trainer.TrainAsync(split, cache);

        Assert.True(result.StoppedEarly);
        Assert.Equal(1, result.BestEpoch);
        Assert.Equal(3, result.History.Count);
        using var best = ChronoMidNetwork.Load(CheckpointStore.FolderOf(_fixture.Checkpoints, 1));
        TrainingFixture.AssertSameWeights(best, network);
    }

    [Fact]
    public async Task TrainAsync_CacheLacksChannel_ListsTheProblem()
    {
        using var cache = _fixture.Cache();
        using var network = ChronoMidNetwork.For(TemporalDescriptor.RelativeDifference())
            .Input(16, 24).Filters([4], [8]).Classes(3).Build();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cpu).Build();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            trainer.TrainAsync(TrainingFixture.Split(cache), cache));

        Assert.Equal(string.Join(Environment.NewLine, "Cannot train:",
            "The model's descriptor 'image+rel' needs the cache channel(s) rel; the cache holds image, abs. " +
            "Preprocess the study with a descriptor that includes them.",
            "The model has 3 classes; the cache's units have 2 labels.") + " (Parameter 'split')", error.Message);
    }

    [Fact]
    public void Build_InvalidSettings_ReportsEveryProblemAtOnce()
    {
        using var network = TrainingFixture.Network();

        var error = Assert.Throws<InvalidTrainerException>(() => Trainer.For(network).Epochs(0).BatchSize(-1)
            .Optimizer(OptimizerKind.Adam, learningRate: double.NaN, momentum: 0.5).Threads(0)
            .ResumeFromCheckpoint().Build());

        Assert.Equal([
            "Epochs must be at least 1; it is 0.",
            "BatchSize must be at least 1 sample; it is -1.",
            "The learning rate must be finite and above 0; it is NaN.",
            "Momentum applies to SGD only; Adam has its own moments.",
            "Threads must be at least 1; it is 0.",
            "Resuming needs a checkpoint folder; call CheckpointTo(folder) as well."], error.Problems);
    }

    [Fact]
    public void Builder_AfterBuild_CannotChange()
    {
        using var network = TrainingFixture.Network();
        var builder = Trainer.For(network);
        var trainer = builder.Epochs(2).Build();

        Assert.Throws<InvalidOperationException>(() => builder.Epochs(3));
        Assert.Equal(2, trainer.Settings.Epochs);
    }

    private static TrainerBuilder Builder(ChronoMidNetwork network, string folder, int epochs = 3) =>
        Trainer.For(network).OnDevice(ComputeDevice.Cpu).Epochs(epochs).BatchSize(8).Seed(7).Threads(2)
            .CheckpointTo(folder);
}
