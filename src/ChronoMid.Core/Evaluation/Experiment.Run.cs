using ChronoMid.Data;
using ChronoMid.Evaluation.Reports;
using ChronoMid.Models;
using ChronoMid.Training;

namespace ChronoMid.Evaluation;

public sealed partial class Experiment
{
    private async Task<RunRecord> RunOneAsync(RunSlot slot, IProgress<ExperimentProgress>? progress,
        CancellationToken cancellationToken)
    {
        var partitionSeed = PartitionSeedOf(Settings.Seed, slot.RunIndex);
        var record = new RunRecord
        {
            Model = slot.Model,
            RunIndex = slot.RunIndex,
            PartitionSeed = partitionSeed,
            EpochBudget = slot.EpochBudget,
        };
        var history = new List<EpochRecord>();
        try
        {
            var descriptor = ModelCatalog.Descriptor(slot.Model);
            record = record with { Descriptor = descriptor.ToString() };
            var split = Partitioner.Split(Cache.Manifest.Units,
                new PartitionOptions
                {
                    Unit = Settings.Partitioning, Seed = partitionSeed, StratifyByClass = Settings.StratifyByClass,
                });
            record = record with { Split = PartitionComposition.From(split) };
            var classes = BatchSource.ClassesOf(Cache.Manifest);

            // One seed per run for weights and shuffles too: the spread over runs covers initialisation as well
            // as the split, and rerunning the experiment reproduces every run.
            var weightSeed = (long)(partitionSeed >> 1);
            using var network = ModelCatalog.Builder(slot.Model).Input(Cache.Layout.Rows, Cache.Layout.Columns)
                .Classes(classes.Count).Seed(weightSeed).Build();
            record = record with { Parameters = network.CountParameters() };
            var builder = Trainer.For(network).OnDevice(Settings.Device).Epochs(slot.EpochBudget)
                .BatchSize(Settings.BatchSize).Optimizer(OptimizerKind.Adam, Settings.LearningRate).Seed(weightSeed)
                .WithLogger(_logger)
                .OnEpochCompleted(e => history.Add(new EpochRecord(e.Epoch, e.TrainingLoss, e.TrainingAccuracy,
                    e.ValidationLoss, e.ValidationAccuracy, e.Seconds)));
            if (Settings.Threads is { } threads)
            {
                builder.Threads(threads);
            }

            var training = progress is null ? null : new TrainingProgressAdapter(progress, slot);
            await builder.Build().TrainAsync(split, Cache, training, cancellationToken).ConfigureAwait(false);
            Report(progress, slot, ExperimentPhase.Evaluating);
            var test = await Task.Factory.StartNew(
                () => PartitionEvaluator.Evaluate(network, Cache, split.Test, classes, Settings.BatchSize,
                    cancellationToken),
                cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
            return record.WithTestReport(test) with { History = history.ToArray() };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A failed run is recorded with its message and the experiment goes on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return record with { Error = exception.Message, History = history.ToArray() };
        }
    }

    /// <summary>One run of the experiment's plan.</summary>
    private readonly record struct RunSlot(int Number, int Total, string Model, int EpochBudget, int RunIndex)
    {
        public (string, int, int) Key => (Model, EpochBudget, RunIndex);
    }

    /// <summary>Turns the trainer's step reports into experiment progress.</summary>
    private sealed class TrainingProgressAdapter(IProgress<ExperimentProgress> target, RunSlot slot)
        : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => target.Report(new ExperimentProgress(slot.Number, slot.Total,
            slot.Model, slot.EpochBudget, slot.RunIndex, ExperimentPhase.Training, value.Epoch, value.Step,
            value.StepsPerEpoch, value.ImagesPerSecond));
    }
}
