using ChronoMid.Data;
using ChronoMid.Models;
using static TorchSharp.torch;

namespace ChronoMid.Evaluation;

/// <summary>
/// Runs a network over one partition of a sample cache, in evaluation mode without gradients, batch by batch
/// (one dispose scope per batch), and turns its outputs into <see cref="Prediction"/>s and a
/// <see cref="ClassificationReport"/>.
/// </summary>
public static class PartitionEvaluator
{
    /// <summary>Predicts every sample of a partition, in the partition's order (subject, week, slice).</summary>
    /// <param name="network">The network; it is left in evaluation mode.</param>
    /// <param name="cache">The cache holding the partition's units.</param>
    /// <param name="partition">The partition.</param>
    /// <param name="classes">The class labels; null for the cache's labels in ordinal order.</param>
    /// <param name="batchSize">The number of samples per forward pass.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>One prediction per sample.</returns>
    /// <exception cref="ArgumentException">
    /// The network cannot read the cache, or the partition does not fit it.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static IReadOnlyList<Prediction> Predict(ChronoMidNetwork network, SampleCache cache, Partition partition,
        IReadOnlyList<string>? classes = null, int batchSize = 32, CancellationToken cancellationToken = default) =>
        Run(network, cache, partition, classes, batchSize, prefetch: 2, l2Scale: 0, cancellationToken).Predictions;

    /// <summary>Predicts every sample of a partition and measures the predictions.</summary>
    /// <param name="network">The network; it is left in evaluation mode.</param>
    /// <param name="cache">The cache holding the partition's units.</param>
    /// <param name="partition">The partition.</param>
    /// <param name="classes">The class labels; null for the cache's labels in ordinal order.</param>
    /// <param name="batchSize">The number of samples per forward pass.</param>
    /// <param name="cancellationToken">Stops between batches.</param>
    /// <returns>The report; the last class is taken as positive.</returns>
    /// <exception cref="ArgumentException">
    /// The network cannot read the cache, or the partition does not fit it.
    /// </exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ClassificationReport Evaluate(ChronoMidNetwork network, SampleCache cache, Partition partition,
        IReadOnlyList<string>? classes = null, int batchSize = 32, CancellationToken cancellationToken = default)
    {
        classes ??= BatchSource.ClassesOf(cache.Manifest);
        return ClassificationReport.Create(classes,
            Predict(network, cache, partition, classes, batchSize, cancellationToken));
    }

    /// <summary>Predicts a partition and computes its mean loss: cross-entropy plus the scaled L2 term.</summary>
    internal static (IReadOnlyList<Prediction> Predictions, double MeanLoss) Run(ChronoMidNetwork network,
        SampleCache cache, Partition partition, IReadOnlyList<string>? classes, int batchSize, int prefetch,
        double l2Scale, CancellationToken cancellationToken)
    {
        classes ??= BatchSource.ClassesOf(cache.Manifest);
        return Run(network, SourceFor(network, cache, partition, classes, batchSize, prefetch), classes, l2Scale,
            cancellationToken);
    }

    /// <summary>Checks that a network can read a cache and makes the unshuffled batch source of a partition.</summary>
    internal static BatchSource SourceFor(ChronoMidNetwork network, SampleCache cache, Partition partition,
        IReadOnlyList<string> classes, int batchSize, int prefetch)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(partition);
        var problems = BatchTensors.Problems(network.Architecture, cache.Layout, classes.Count);
        if (problems.Count > 0)
        {
            throw new ArgumentException("The network cannot read this cache:" + Environment.NewLine +
                string.Join(Environment.NewLine, problems), nameof(cache));
        }

        return BatchSource.Create(cache, partition, classes,
            new BatchSourceOptions { BatchSize = batchSize, Prefetch = prefetch, Shuffle = false });
    }

    /// <summary>Predicts every sample of a batch source and computes the mean loss.</summary>
    internal static (IReadOnlyList<Prediction> Predictions, double MeanLoss) Run(ChronoMidNetwork network,
        BatchSource source, IReadOnlyList<string> classes, double l2Scale, CancellationToken cancellationToken)
    {
        var cache = source.Cache;
        var tensors = BatchTensors.For(network.Architecture.Descriptor, cache.Layout);
        var predictions = new List<Prediction>(source.SampleCount);
        double lossSum = 0;
        network.Eval();
        using var noGrad = no_grad();
        using (var stream = source.Read(0, cancellationToken))
        {
            foreach (var batch in stream)
            {
                using var owned = batch;
                using var scope = NewDisposeScope();
                var (input, targets) = tensors.Create(batch, network.Device);
                var logits = network.Forward(input);
                lossSum += nn.functional.cross_entropy(logits, targets, reduction: nn.Reduction.Sum).item<float>();
                var probabilities = nn.functional.softmax(logits, 1).cpu().data<float>().ToArray();
                Collect(predictions, cache, batch, probabilities, classes.Count);
            }
        }

        var meanLoss = predictions.Count == 0 ? double.NaN : lossSum / predictions.Count;
        if (l2Scale != 0 && predictions.Count > 0)
        {
            using var scope = NewDisposeScope();
            meanLoss += network.KernelL2Penalty().item<float>() * l2Scale;
        }

        return (predictions, meanLoss);
    }

    private static void Collect(List<Prediction> predictions, SampleCache cache, SampleBatch batch,
        float[] probabilities, int classCount)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var sample = batch.Samples[i];
            var unit = cache.Manifest.Units[sample.UnitIndex];
            predictions.Add(new Prediction(unit.Subject, unit.Week, unit.Samples[sample.SampleIndex].SliceIndex,
                (int)batch.Labels[i], probabilities.AsSpan(i * classCount, classCount).ToArray()));
        }
    }
}
