using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using Microsoft.Extensions.Logging;

namespace ChronoMid.Training;

/// <summary>
/// Trains a <see cref="ChronoMidNetwork"/> on a split of a sample cache: cross-entropy on the logits plus the
/// network's L2 term, Adam or SGD, batches streamed from the memory-mapped cache, a checkpoint after every epoch,
/// early stopping on a validation metric, resumable, cancellable at any step. Build one with <see cref="For"/>;
/// it is immutable.
/// </summary>
/// <remarks>
/// <para>Deterministic from <see cref="TrainingSettings.Seed"/>: torch's generator is seeded at the start and again
/// at every epoch from (seed, epoch), and every epoch's shuffle is derived from (seed, epoch) too, so a run resumed
/// from a checkpoint reaches the same weights as an uninterrupted one. What stays nondeterministic: results can
/// differ between thread counts (torch splits reductions by thread) and on GPUs (some CUDA kernels are not
/// deterministic); the network's initial weights come from its own builder seed.</para>
/// <para>Torch's thread count and seed are process-wide: run one trainer per process at a time.</para>
/// </remarks>
public sealed partial class Trainer
{
    private readonly ILogger _logger;
    private readonly Action<EpochSummary>? _onEpoch;

    internal Trainer(ChronoMidNetwork network, TrainingSettings settings, ILogger logger,
        Action<EpochSummary>? onEpoch)
    {
        Network = network;
        Settings = settings;
        _logger = logger;
        _onEpoch = onEpoch;
    }

    /// <summary>Gets the network trained; after a run it holds the final weights, or the best with early
    /// stopping.</summary>
    public ChronoMidNetwork Network { get; }

    /// <summary>Gets the settings.</summary>
    public TrainingSettings Settings { get; }

    /// <summary>Starts building a trainer for a network.</summary>
    /// <param name="network">The network to train.</param>
    /// <returns>A builder with the defaults of <see cref="TrainingSettings"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static TrainerBuilder For(ChronoMidNetwork network) => new(network);

    /// <summary>
    /// Trains on the split's training partition, measuring the validation partition after every epoch, on a
    /// dedicated thread.
    /// </summary>
    /// <param name="split">The split; its training partition must not be empty.</param>
    /// <param name="cache">The cache holding the split's units.</param>
    /// <param name="progress">Receives a report after every training step, on the training thread; optional.</param>
    /// <param name="cancellationToken">
    /// Stops the run at the next step; the last complete checkpoint stays intact and the task ends in
    /// <see cref="OperationCanceledException"/>.
    /// </param>
    /// <returns>The history and the best epoch.</returns>
    /// <exception cref="ArgumentException">
    /// The network cannot read the cache, the training partition is empty, or early stopping has no validation
    /// partition; every problem is listed.
    /// </exception>
    /// <exception cref="NotSupportedException">A CUDA device was asked for and torch does not see it.</exception>
    /// <exception cref="CheckpointException">The checkpoint to resume from is damaged or does not match.</exception>
    /// <exception cref="TrainingDivergedException">The loss became NaN or infinite.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Task<TrainingResult> TrainAsync(DataSplit split, SampleCache cache,
        IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(cache);
        var classes = BatchSource.ClassesOf(cache.Manifest);
        var problems = BatchTensors.Problems(Network.Architecture, cache.Layout, classes.Count).ToList();
        if (split.Training.Units.Count == 0)
        {
            problems.Add("The training partition is empty; there is nothing to train on.");
        }

        if (Settings.EarlyStopping is not null && split.Validation.Units.Count == 0)
        {
            problems.Add($"Early stopping on {Settings.EarlyStopping} needs a validation partition, and it is " +
                "empty. Partition with a ValidationFraction above 0, or train without early stopping.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Cannot train:" + Environment.NewLine + string.Join(Environment.NewLine,
                problems), nameof(split));
        }

        // Torch's dispose scopes are per thread, so the whole run stays on one dedicated thread.
        return Task.Factory.StartNew(() => Run(split, cache, classes, progress, cancellationToken),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }
}
