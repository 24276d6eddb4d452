using System.Diagnostics;
using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Evaluation;
using Microsoft.Extensions.Logging;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Training;

public sealed partial class Trainer
{
    private TrainingResult Run(DataSplit split, SampleCache cache, IReadOnlyList<string> classes,
        IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var previousThreads = get_num_threads();
        if (Settings.Threads is { } threads)
        {
            set_num_threads(threads);
        }

        try
        {
            var device = Settings.Device.Resolve();
            Network.To(device);
            manual_seed(Settings.Seed);
            var source = BatchSource.Create(cache, split.Training, classes, new BatchSourceOptions
            {
                BatchSize = Settings.BatchSize,
                Prefetch = Settings.Prefetch,
                Shuffle = true,
                Seed = unchecked((ulong)Settings.Seed),
            });
            using var optimizer = CreateOptimizer();
            var architectureL2 = Network.Architecture.KernelL2;
            var l2Scale = architectureL2 == 0 ? 0 : (Settings.L2 ?? architectureL2) / architectureL2;
            using var run = new RunState(split, cache, classes, source, Template(split, cache, classes), progress,
                l2Scale, cancellationToken);
            var start = Settings.Resume ? Resume(run, optimizer) : 0;
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var deviceName = device.ToString();
                var threadCount = get_num_threads();
                var balance = Balance(source.ClassBalance);
                LogStarted(_logger, Settings.Epochs, deviceName, threadCount, source.SampleCount,
                    source.BatchesPerEpoch, Settings.BatchSize, split.Validation.SampleCount, balance);
            }

            var stoppedEarly = false;
            for (var epoch = start; epoch < Settings.Epochs && !stoppedEarly; epoch++)
            {
                var summary = RunEpoch(run, optimizer, epoch);
                run.History.Add(summary);
                UpdateBest(run);
                if (Settings.CheckpointFolder is { } folder)
                {
                    var path = CheckpointStore.Write(folder, run.Template with
                    {
                        Epoch = epoch + 1,
                        BestEpoch = run.BestEpoch,
                        History = run.History.ToArray(),
                    }, Network, optimizer);
                    run.LastCheckpoint = path;
                    LogCheckpoint(_logger, epoch + 1, path);
                }

                _onEpoch?.Invoke(summary);
                if (Settings.EarlyStopping is { } metric && epoch + 1 < Settings.Epochs
                    && epoch + 1 - run.BestEpoch >= Settings.Patience)
                {
                    stoppedEarly = true;
                    LogEarlyStop(_logger, epoch + 1, metric, Settings.Patience, run.BestEpoch);
                }
            }

            RestoreBest(run);
            return new TrainingResult(run.History.ToArray(), run.BestEpoch, stoppedEarly, start, classes);
        }
        finally
        {
            if (Settings.Threads is not null)
            {
                set_num_threads(previousThreads);
            }
        }
    }

    private EpochSummary RunEpoch(RunState run, OptimizerHelper optimizer, int epoch)
    {
        var rate = Settings.Schedule.RateAt(epoch, Settings.Epochs, Settings.LearningRate);
        foreach (var group in optimizer.ParamGroups)
        {
            group.LearningRate = rate;
        }

        // Dropout draws from torch's generator; reseeding it per epoch makes a resumed epoch draw the same masks.
        manual_seed(SeedSequence.DeriveTorch(unchecked((ulong)Settings.Seed), epoch));
        Network.Train();
        var tensors = BatchTensors.For(Network.Architecture.Descriptor, run.Cache.Layout);
        var steps = run.Source.BatchesPerEpoch;
        double lossSum = 0;
        long correct = 0, seen = 0;
        var step = 0;
        var watch = Stopwatch.StartNew();
        try
        {
            using var stream = run.Source.Read(epoch, run.CancellationToken);
            foreach (var batch in stream)
            {
                using var owned = batch;
                step++;
                run.CancellationToken.ThrowIfCancellationRequested();
                var (loss, right) = Step(run, optimizer, tensors, batch, epoch, step);
                lossSum += loss * batch.Count;
                correct += right;
                seen += batch.Count;
                run.StepsDone++;
                Report(run, epoch, step, lossSum / seen, (double)correct / seen, seen / watch.Elapsed.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (run.CancellationToken.IsCancellationRequested)
        {
            LogCancelled(_logger, epoch + 1, step);
            throw;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        var (validationLoss, validationAccuracy) = Validate(run);
        var summary = new EpochSummary(epoch + 1, lossSum / seen, (double)correct / seen, validationLoss,
            validationAccuracy, seconds, rate, run.Source.ClassBalance);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var balance = Balance(summary.ClassBalance);
            LogEpoch(_logger, epoch + 1, Settings.Epochs, summary.TrainingLoss, summary.TrainingAccuracy,
                validationLoss, validationAccuracy, rate, seconds, balance);
        }

        return summary;
    }

    private (double Loss, long Correct) Step(RunState run, OptimizerHelper optimizer, BatchTensors tensors,
        SampleBatch batch, int epoch, int step)
    {
        using var scope = NewDisposeScope();
        var (input, targets) = tensors.Create(batch, Network.Device);
        var logits = Network.Forward(input);
        var loss = nn.functional.cross_entropy(logits, targets);
        if (run.L2Scale != 0)
        {
            loss = loss.add(Network.KernelL2Penalty().mul(run.L2Scale));
        }

        var value = loss.item<float>();
        if (!float.IsFinite(value))
        {
            var message = string.Create(CultureInfo.InvariantCulture,
                $"Training diverged at epoch {epoch + 1}, step {step} of {run.Source.BatchesPerEpoch}: the loss is " +
                $"{value}. This step did not update the weights; the last complete checkpoint is " +
                $"{run.LastCheckpoint ?? "none"}. Lower the learning rate, or check the cache for NaN or infinite " +
                $"values.");
            LogDiverged(_logger, message);
            throw new TrainingDivergedException(message, epoch + 1, step, value);
        }

        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        return (value, logits.argmax(1).eq(targets).sum().item<long>());
    }

    private (double Loss, double Accuracy) Validate(RunState run)
    {
        if (run.Split.Validation.Units.Count == 0)
        {
            return (double.NaN, double.NaN);
        }

        run.ValidationSource ??= PartitionEvaluator.SourceFor(Network, run.Cache, run.Split.Validation, run.Classes,
            Settings.BatchSize, Settings.Prefetch);
        var (predictions, loss) = PartitionEvaluator.Run(Network, run.ValidationSource, run.Classes, run.L2Scale,
            run.CancellationToken);
        return (loss, predictions.Count(p => p.Predicted == p.Actual) / (double)predictions.Count);
    }

    private void Report(RunState run, int epoch, int step, double loss, double accuracy, double imagesPerSecond)
    {
        if (run.Progress is null)
        {
            return;
        }

        var steps = run.Source.BatchesPerEpoch;
        var remaining = ((long)(Settings.Epochs - epoch - 1) * steps) + (steps - step);
        var perStep = run.Clock.Elapsed.TotalSeconds / run.StepsDone;
        run.Progress.Report(new TrainingProgress(epoch + 1, Settings.Epochs, step, steps, loss, accuracy,
            imagesPerSecond, TimeSpan.FromSeconds(perStep * remaining)));
    }

    private OptimizerHelper CreateOptimizer() => Settings.Optimizer switch
    {
        // Keras's Adam constants (β₂ 0.999, ε 1e-7); the L2 term is in the loss, so no weight decay here.
        OptimizerKind.Adam => optim.Adam(Network.Module.parameters(), Settings.LearningRate, 0.9, 0.999, 1e-7),
        _ => optim.SGD(Network.Module.parameters(), Settings.LearningRate, Settings.Momentum),
    };

    private static string Balance(IReadOnlyDictionary<string, int> balance) =>
        string.Join(", ", balance.Select(pair => string.Create(CultureInfo.InvariantCulture,
            $"{pair.Key} {pair.Value}")));
}
