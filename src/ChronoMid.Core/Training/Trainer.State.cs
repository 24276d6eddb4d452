using System.Diagnostics;
using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Models;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Training;

public sealed partial class Trainer
{
    private TrainingCheckpoint Template(DataSplit split, SampleCache cache, IReadOnlyList<string> classes) => new()
    {
        Epoch = 0,
        Seed = Settings.Seed,
        BatchSize = Settings.BatchSize,
        Optimizer = Settings.Optimizer,
        LearningRate = Settings.LearningRate,
        Momentum = Settings.Momentum,
        L2 = Settings.L2 ?? Network.Architecture.KernelL2,
        Schedule = Settings.Schedule.ToString(),
        Threads = Settings.Threads,
        Architecture = Network.Architecture.ToJson(),
        CacheKey = cache.Manifest.Key,
        CacheSettings = cache.Manifest.Settings,
        Classes = classes,
        TrainingUnits = split.Training.Units
            .Select(unit => string.Create(CultureInfo.InvariantCulture, $"{unit.Subject}/{unit.Week}")).ToArray(),
        BestEpoch = 0,
        History = [],
        Files = new Dictionary<string, string>(),
    };

    private int Resume(RunState run, OptimizerHelper optimizer)
    {
        var folder = Settings.CheckpointFolder!;
        CheckpointStore.RemoveLeftovers(folder);
        var latest = TrainingCheckpoint.FindLatest(folder);
        if (latest is null)
        {
            LogNothingToResume(_logger, folder);
            return 0;
        }

        var record = Path.Combine(latest, TrainingCheckpoint.FileName);
        var checkpoint = TrainingCheckpoint.Read(latest);
        var differences = CheckpointStore.Differences(checkpoint, run.Template);
        if (differences.Count > 0)
        {
            throw new CheckpointException($"{record} was written for another run and cannot be resumed by this " +
                "one:" + Environment.NewLine + string.Join(Environment.NewLine, differences.Select(d => "- " + d)) +
                Environment.NewLine + "Use another checkpoint folder, or start over without resuming.", record);
        }

        if (checkpoint.Threads != Settings.Threads)
        {
            LogThreadsDiffer(_logger, checkpoint.Threads?.ToString(CultureInfo.InvariantCulture) ?? "torch's default",
                get_num_threads());
        }

        var weights = Path.Combine(latest, "model.safetensors");
        var optimizerPath = Path.Combine(latest, TrainingCheckpoint.OptimizerFileName);
        try
        {
            Network.LoadWeights(weights);
        }
        catch (WeightMismatchException exception)
        {
            throw new CheckpointException($"{weights} does not fit the network: {exception.Message}", weights,
                exception);
        }

        try
        {
            using var stream = File.OpenRead(optimizerPath);
            using var reader = new BinaryReader(stream);
            optimizer.load_state_dict(reader);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new CheckpointException($"{optimizerPath} could not be loaded as {Settings.Optimizer} state: " +
                exception.Message, optimizerPath, exception);
        }

        run.History.AddRange(checkpoint.History);
        run.BestEpoch = checkpoint.BestEpoch;
        run.LastCheckpoint = latest;
        LogResumed(_logger, latest, checkpoint.Epoch);
        return checkpoint.Epoch;
    }

    private void UpdateBest(RunState run)
    {
        var latest = run.History[^1];
        var best = run.BestEpoch == 0 ? null : run.History.First(e => e.Epoch == run.BestEpoch);
        var better = Settings.EarlyStopping switch
        {
            null => true,
            _ when best is null => true,
            EarlyStoppingMetric.ValidationLoss => latest.ValidationLoss < best.ValidationLoss,
            _ => latest.ValidationAccuracy > best.ValidationAccuracy,
        };
        if (!better)
        {
            return;
        }

        run.BestEpoch = latest.Epoch;
        if (Settings.EarlyStopping is not null)
        {
            run.ReplaceBestWeights(Network.Module.state_dict()
                .ToDictionary(item => item.Key, item => item.Value.detach().cpu().clone().DetachFromDisposeScope()));
        }
    }

    private void RestoreBest(RunState run)
    {
        if (Settings.EarlyStopping is null || run.History.Count == 0 || run.BestEpoch == run.History[^1].Epoch)
        {
            return;
        }

        if (run.BestWeights is { } weights)
        {
            using var noGrad = no_grad();
            foreach (var (name, target) in Network.Module.state_dict())
            {
                target.copy_(weights[name]);
            }
        }
        else
        {
            // The best epoch came before a resume: its weights are in its checkpoint, which pruning keeps.
            Network.LoadWeights(Path.Combine(CheckpointStore.FolderOf(Settings.CheckpointFolder!, run.BestEpoch),
                "model.safetensors"));
        }
    }

    private sealed class RunState(DataSplit split, SampleCache cache, IReadOnlyList<string> classes,
        BatchSource source, TrainingCheckpoint template, IProgress<TrainingProgress>? progress,
        double l2Scale, CancellationToken cancellationToken) : IDisposable
    {
        public DataSplit Split { get; } = split;

        public SampleCache Cache { get; } = cache;

        public IReadOnlyList<string> Classes { get; } = classes;

        public BatchSource Source { get; } = source;

        public TrainingCheckpoint Template { get; } = template;

        public IProgress<TrainingProgress>? Progress { get; } = progress;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public double L2Scale { get; } = l2Scale;

        public List<EpochSummary> History { get; } = [];

        /// <summary>
        /// Gets or sets the validation batches' source, made once per run so that its pooled buffers serve every
        /// epoch instead of becoming garbage after each validation.
        /// </summary>
        public BatchSource? ValidationSource { get; set; }

        public int BestEpoch { get; set; }

        public Dictionary<string, Tensor>? BestWeights { get; private set; }

        public string? LastCheckpoint { get; set; }

        public Stopwatch Clock { get; } = Stopwatch.StartNew();

        public long StepsDone { get; set; }

        public void ReplaceBestWeights(Dictionary<string, Tensor> weights)
        {
            DisposeBest();
            BestWeights = weights;
        }

        public void Dispose() => DisposeBest();

        private void DisposeBest()
        {
            foreach (var tensor in BestWeights?.Values ?? Enumerable.Empty<Tensor>())
            {
                tensor.Dispose();
            }
        }
    }
}
