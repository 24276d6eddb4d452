using System.Globalization;
using ChronoMid.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChronoMid.Training;

/// <summary>
/// Builds a <see cref="Trainer"/> fluently. Each step checks its value and records any problem;
/// <see cref="Build"/> checks everything together and reports every problem in one
/// <see cref="InvalidTrainerException"/>. A builder that has built cannot be changed.
/// </summary>
public sealed class TrainerBuilder
{
    private readonly ChronoMidNetwork _network;
    private readonly List<string> _problems = [];
    private TrainingSettings _settings = new();
    private ILogger _logger = NullLogger.Instance;
    private Action<EpochSummary>? _onEpoch;
    private bool _built;

    internal TrainerBuilder(ChronoMidNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        _network = network;
    }

    /// <summary>Sets the device to train on.</summary>
    /// <param name="device">The device.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see cref="ComputeDevice.Auto"/>.</value>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    public TrainerBuilder OnDevice(ComputeDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return Set(s => s with { Device = device });
    }

    /// <summary>Sets the number of epochs.</summary>
    /// <param name="epochs">At least 1.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 5.</value>
    public TrainerBuilder Epochs(int epochs) =>
        Check(epochs >= 1, $"Epochs must be at least 1; it is {epochs}.").Set(s => s with { Epochs = epochs });

    /// <summary>Sets the number of samples per training step.</summary>
    /// <param name="batchSize">At least 1 sample.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 32.</value>
    public TrainerBuilder BatchSize(int batchSize) =>
        Check(batchSize >= 1, $"BatchSize must be at least 1 sample; it is {batchSize}.")
            .Set(s => s with { BatchSize = batchSize });

    /// <summary>Sets the optimiser and its base learning rate.</summary>
    /// <param name="kind">The optimiser.</param>
    /// <param name="learningRate">The base learning rate, finite and above 0.</param>
    /// <param name="momentum">The momentum of SGD, in [0, 1); must be 0 for Adam.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is Adam with a learning rate of 0.001.</value>
    public TrainerBuilder Optimizer(OptimizerKind kind, double learningRate = 1e-3, double momentum = 0)
    {
        Check(Enum.IsDefined(kind), $"Optimizer {kind} is unknown; expected Adam or Sgd.");
        Check(learningRate > 0 && double.IsFinite(learningRate),
            string.Create(CultureInfo.InvariantCulture,
                $"The learning rate must be finite and above 0; it is {learningRate}."));
        Check(momentum is >= 0 and < 1,
            string.Create(CultureInfo.InvariantCulture, $"Momentum must be in [0, 1); it is {momentum}."));
        Check(kind != OptimizerKind.Adam || momentum == 0, "Momentum applies to SGD only; Adam has its own moments.");
        return Set(s => s with { Optimizer = kind, LearningRate = learningRate, Momentum = momentum });
    }

    /// <summary>Sets the L2 factor λ of the kernel penalty λ·Σw² added to the loss.</summary>
    /// <param name="lambda">Finite and at least 0.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is the network's own λ (0.0003 unless it was built otherwise).</value>
    public TrainerBuilder L2(double lambda)
    {
        Check(lambda >= 0 && double.IsFinite(lambda),
            string.Create(CultureInfo.InvariantCulture, $"L2 must be finite and at least 0; it is {lambda}."));
        Check(lambda == 0 || _network.Architecture.KernelL2 > 0, string.Create(CultureInfo.InvariantCulture,
            $"L2 {lambda} needs a network built with a positive KernelL2; this network's is 0. Build it with " +
            $".KernelL2(λ) instead."));
        return Set(s => s with { L2 = lambda });
    }

    /// <summary>Sets the root seed of torch's generator and of every epoch's shuffle.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 0.</value>
    public TrainerBuilder Seed(long seed) => Set(s => s with { Seed = seed });

    /// <summary>Sets the number of threads torch uses during the run (restored afterwards).</summary>
    /// <param name="threads">At least 1.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is torch's own setting.</value>
    public TrainerBuilder Threads(int threads) =>
        Check(threads >= 1, $"Threads must be at least 1; it is {threads}.").Set(s => s with { Threads = threads });

    /// <summary>Stops the run when a validation metric has not improved for some epochs, keeping the best
    /// weights.</summary>
    /// <param name="on">The metric watched.</param>
    /// <param name="patience">The number of epochs without improvement tolerated (at least 1).</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is no early stopping.</value>
    public TrainerBuilder EarlyStopping(EarlyStoppingMetric on, int patience = 3)
    {
        Check(Enum.IsDefined(on), $"Early-stopping metric {on} is unknown.");
        Check(patience >= 1, $"Patience must be at least 1 epoch; it is {patience}.");
        return Set(s => s with { EarlyStopping = on, Patience = patience });
    }

    /// <summary>Sets how the learning rate changes from epoch to epoch.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see cref="Training.LearningRateSchedule.Constant"/>.</value>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public TrainerBuilder LearningRateSchedule(LearningRateSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return Set(s => s with { Schedule = schedule });
    }

    /// <summary>Sets how many batches are prepared ahead of the training step on a background thread.</summary>
    /// <param name="batches">At least 1.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 2.</value>
    public TrainerBuilder Prefetch(int batches) =>
        Check(batches >= 1, $"Prefetch must be at least 1 batch; it is {batches}.")
            .Set(s => s with { Prefetch = batches });

    /// <summary>Writes a checkpoint into a folder at the end of every epoch.</summary>
    /// <param name="folder">The folder; created when missing.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is no checkpoints.</value>
    public TrainerBuilder CheckpointTo(string folder)
    {
        Check(!string.IsNullOrWhiteSpace(folder), "The checkpoint folder must not be empty.");
        return Set(s => s with { CheckpointFolder = folder });
    }

    /// <summary>
    /// Continues from the last complete checkpoint in the checkpoint folder (a fresh run when it holds none); the
    /// run then reaches the same weights as an uninterrupted one on the same thread count.
    /// </summary>
    /// <param name="enabled">Whether to resume.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see langword="false"/>.</value>
    public TrainerBuilder ResumeFromCheckpoint(bool enabled = true) => Set(s => s with { Resume = enabled });

    /// <summary>Sets where the run logs its start, epoch summaries, checkpoints and stops.</summary>
    /// <param name="logger">The logger.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is the null logger.</value>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    public TrainerBuilder WithLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return Set(_ => _logger = logger);
    }

    /// <summary>Sets a callback run on the training thread at the end of every epoch, after its checkpoint.</summary>
    /// <param name="callback">The callback.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is none.</value>
    /// <exception cref="ArgumentNullException"><paramref name="callback"/> is null.</exception>
    public TrainerBuilder OnEpochCompleted(Action<EpochSummary> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return Set(_ => _onEpoch = callback);
    }

    /// <summary>Checks every setting together and builds the trainer.</summary>
    /// <returns>The trainer; it trains the network it was built for.</returns>
    /// <exception cref="InvalidTrainerException">One or more settings are invalid; all are listed.</exception>
    public Trainer Build()
    {
        var problems = _problems.ToList();
        if (_settings.Resume && _settings.CheckpointFolder is null)
        {
            problems.Add("Resuming needs a checkpoint folder; call CheckpointTo(folder) as well.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidTrainerException(problems);
        }

        _built = true;
        return new Trainer(_network, _settings, _logger, _onEpoch);
    }

    private TrainerBuilder Check(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add(problem);
        }

        return this;
    }

    private TrainerBuilder Set(Func<TrainingSettings, TrainingSettings> apply)
    {
        ThrowIfBuilt();
        _settings = apply(_settings);
        return this;
    }

    private TrainerBuilder Set(Action<TrainingSettings> apply)
    {
        ThrowIfBuilt();
        apply(_settings);
        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException(
                "This builder has already built a trainer; start a new one with Trainer.For.");
        }
    }
}
