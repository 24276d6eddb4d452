namespace ChronoMid.Training;

/// <summary>Every setting of a <see cref="Trainer"/>, as built by <see cref="TrainerBuilder"/>; immutable.</summary>
public sealed record TrainingSettings
{
    /// <summary>Gets the device to train on.</summary>
    /// <value>The default value is <see cref="ComputeDevice.Auto"/>.</value>
    public ComputeDevice Device { get; init; } = ComputeDevice.Auto;

    /// <summary>Gets the number of epochs (passes over the training partition).</summary>
    /// <value>The default value is 5.</value>
    public int Epochs { get; init; } = 5;

    /// <summary>Gets the number of samples per training step.</summary>
    /// <value>The default value is 32, as in the paper.</value>
    public int BatchSize { get; init; } = 32;

    /// <summary>Gets the optimiser.</summary>
    /// <value>The default value is <see cref="OptimizerKind.Adam"/>.</value>
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Adam;

    /// <summary>Gets the base learning rate (the first epoch's; the schedule sets the others).</summary>
    /// <value>The default value is 0.001 (Keras's Adam default).</value>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>Gets the momentum of <see cref="OptimizerKind.Sgd"/>; unused by Adam.</summary>
    /// <value>The default value is 0.</value>
    public double Momentum { get; init; }

    /// <summary>
    /// Gets the L2 factor λ of the kernel penalty λ·Σw² added to the loss, or null for the network's own
    /// <see cref="Models.NetworkArchitecture.KernelL2"/>.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: the network's λ (0.0003 unless built otherwise).</value>
    public double? L2 { get; init; }

    /// <summary>Gets the root seed of torch's generator and of every epoch's shuffle.</summary>
    /// <value>The default value is 0.</value>
    public long Seed { get; init; }

    /// <summary>Gets the number of threads torch uses during the run, or null to leave torch's setting alone.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? Threads { get; init; }

    /// <summary>Gets what early stopping watches, or null for no early stopping.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public EarlyStoppingMetric? EarlyStopping { get; init; }

    /// <summary>Gets the number of epochs without improvement after which early stopping ends the run.</summary>
    /// <value>The default value is 3.</value>
    public int Patience { get; init; } = 3;

    /// <summary>Gets how the learning rate changes from epoch to epoch.</summary>
    /// <value>The default value is <see cref="LearningRateSchedule.Constant"/>.</value>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Gets the number of batches prepared ahead of the training step.</summary>
    /// <value>The default value is 2.</value>
    public int Prefetch { get; init; } = 2;

    /// <summary>Gets the folder a checkpoint is written to after every epoch, or null for none.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? CheckpointFolder { get; init; }

    /// <summary>Gets a value indicating whether the run continues from the last checkpoint in the folder.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Resume { get; init; }
}
