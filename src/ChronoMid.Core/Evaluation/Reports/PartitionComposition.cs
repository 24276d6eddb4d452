using ChronoMid.Data;

namespace ChronoMid.Evaluation.Reports;

/// <summary>How many samples of each class one partition of a run's split held (the paper's Table 4).</summary>
/// <param name="Name">The partition's name: <c>training</c>, <c>validation</c> or <c>test</c>.</param>
/// <param name="SampleCount">The number of samples (slices) in the partition.</param>
/// <param name="SamplesPerLabel">The number of samples of each class label.</param>
public sealed record PartitionComposition(
    string Name, int SampleCount, IReadOnlyDictionary<string, int> SamplesPerLabel)
{
    /// <summary>Reads the composition of a partition.</summary>
    /// <param name="partition">The partition.</param>
    /// <returns>Its name, sample count and samples per label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partition"/> is <see langword="null"/>.</exception>
    public static PartitionComposition From(Partition partition)
    {
        ArgumentNullException.ThrowIfNull(partition);
        return new PartitionComposition(partition.Name, partition.SampleCount, partition.SamplesPerLabel());
    }

    /// <summary>Reads the composition of every partition of a split, in the order training, validation, test.</summary>
    /// <param name="split">The split.</param>
    /// <returns>One composition per partition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="split"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<PartitionComposition> From(DataSplit split)
    {
        ArgumentNullException.ThrowIfNull(split);
        return split.Partitions.Select(From).ToArray();
    }

    /// <summary>Gets the share of the partition's samples that carry a label, in percent.</summary>
    /// <param name="label">The class label.</param>
    /// <returns>A value in [0, 100]; 0 for a label the partition lacks; NaN for an empty partition.</returns>
    public double SharePercent(string label) => SampleCount == 0
        ? double.NaN
        : 100.0 * SamplesPerLabel.GetValueOrDefault(label) / SampleCount;
}
