using ChronoMid.Models;

namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// Everything one training run of one model with one epoch budget produced: how it ended, its test results,
/// its timing, its parameter counts, its split and its per-epoch history. Immutable; build a changed copy with
/// <c>with</c>.
/// </summary>
/// <remarks>
/// A run is <see cref="RunStatus.Failed"/> exactly when <see cref="Error"/> is set. A completed run must carry a
/// <see cref="Confusion"/> matrix; <see cref="ExperimentSummary.From"/> checks that.
/// </remarks>
public sealed record RunRecord
{
    /// <summary>Gets the model's name, e.g. <c>X-CNN, abs. diff.</c>; runs with the same name are aggregated.</summary>
    public required string Model { get; init; }

    /// <summary>Gets the temporal descriptor the model was fed, as text (e.g. <c>image+abs+t</c>).</summary>
    /// <value>The default value is the empty string.</value>
    public string Descriptor { get; init; } = "";

    /// <summary>Gets the 0-based index of the run among the runs of its model and epoch budget.</summary>
    public required int RunIndex { get; init; }

    /// <summary>Gets the seed the run's split was partitioned with.</summary>
    public required ulong PartitionSeed { get; init; }

    /// <summary>Gets the number of epochs the run was set to train for.</summary>
    public required int EpochBudget { get; init; }

    /// <summary>Gets the error that stopped the run, or <see langword="null"/> when it completed.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public string? Error { get; init; }

    /// <summary>Gets how the run ended: failed when <see cref="Error"/> is set, otherwise completed.</summary>
    public RunStatus Status => Error is null ? RunStatus.Completed : RunStatus.Failed;

    /// <summary>Gets the confusion matrix on the test partition; <see langword="null"/> for a failed run.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public ConfusionMatrix? Confusion { get; init; }

    /// <summary>Gets the test accuracy, in [0, 1]; NaN without a confusion matrix.</summary>
    public double Accuracy => Confusion?.Accuracy ?? double.NaN;

    /// <summary>Gets the test accuracy per week since the start of the study, ordered by week.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<GroupAccuracy> PerWeek { get; init; } = [];

    /// <summary>Gets the per-epoch training and validation measurements, in epoch order.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<EpochRecord> History { get; init; } = [];

    /// <summary>Gets the wall-clock time of each epoch in <see cref="History"/>, in seconds.</summary>
    public IReadOnlyList<double> SecondsPerEpoch => History.Select(epoch => epoch.Seconds).ToArray();

    /// <summary>Gets the model's parameter counts (total, trainable, non-trainable).</summary>
    /// <value>The default value is zero of each.</value>
    public ParameterCount Parameters { get; init; }

    /// <summary>Gets the composition of each partition of the run's split, training, validation, test.</summary>
    /// <value>The default value is empty.</value>
    public IReadOnlyList<PartitionComposition> Split { get; init; } = [];

    /// <summary>Copies this record with the test results of a classification report.</summary>
    /// <param name="test">The report on the test partition.</param>
    /// <returns>A copy carrying the report's confusion matrix and per-week accuracy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="test"/> is <see langword="null"/>.</exception>
    public RunRecord WithTestReport(ClassificationReport test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return this with { Confusion = test.Confusion, PerWeek = test.PerWeek };
    }
}
