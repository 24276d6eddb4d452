using System.Collections.Concurrent;
using ChronoMid.Randomness;

namespace ChronoMid.Data;

/// <summary>
/// Streams one partition of a sample cache as batches: every sample exactly once per epoch, in an order shuffled
/// from (seed, epoch) by a generator that never changes across .NET versions, each batch copied from the
/// memory-mapped cache into a pooled pinned buffer on a background thread ahead of the consumer, so that a data set
/// far larger than RAM is read as fast as the model consumes it.
/// </summary>
/// <remarks>
/// A sample's class index is the position of its unit's label in <see cref="Classes"/>; its timestamp is its unit's
/// week. The source itself holds no thread or buffer outside <see cref="Read"/>; it may be read epoch after epoch.
/// </remarks>
public sealed class BatchSource
{
    private readonly SampleRef[] _samples;
    private readonly long[] _labelOfUnit;
    private readonly float[] _weekOfUnit;
    private readonly ConcurrentBag<BatchBuffer> _pool = [];

    private BatchSource(SampleCache cache, Partition partition, IReadOnlyList<string> classes,
        BatchSourceOptions options, SampleRef[] samples, long[] labelOfUnit)
    {
        Cache = cache;
        Partition = partition;
        Classes = classes;
        BatchSize = options.BatchSize;
        Prefetch = options.Prefetch;
        Shuffle = options.Shuffle;
        Seed = options.Seed;
        _samples = samples;
        _labelOfUnit = labelOfUnit;
        _weekOfUnit = cache.Manifest.Units.Select(unit => (float)unit.Week).ToArray();
        ClassBalance = partition.SamplesPerLabel();
    }

    /// <summary>Gets the cache the samples are read from.</summary>
    public SampleCache Cache { get; }

    /// <summary>Gets the partition streamed.</summary>
    public Partition Partition { get; }

    /// <summary>Gets the class labels; a label's position is its class index.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Gets the number of samples per batch.</summary>
    public int BatchSize { get; }

    /// <summary>Gets how many batches are prepared ahead of the consumer.</summary>
    public int Prefetch { get; }

    /// <summary>Gets a value indicating whether epochs are shuffled.</summary>
    public bool Shuffle { get; }

    /// <summary>Gets the root seed of the shuffles.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the number of samples in one epoch.</summary>
    public int SampleCount => _samples.Length;

    /// <summary>Gets the number of batches in one epoch (the last may be smaller than <see
    /// cref="BatchSize"/>).</summary>
    public int BatchesPerEpoch => (_samples.Length + BatchSize - 1) / BatchSize;

    /// <summary>Gets the number of samples of each label in one epoch, in ordinal label order.</summary>
    public IReadOnlyDictionary<string, int> ClassBalance { get; }

    /// <summary>Lists a cache's class labels in ordinal order: a label's position is its class index.</summary>
    /// <param name="manifest">The cache's manifest.</param>
    /// <returns>The distinct labels of its units.</returns>
    public static IReadOnlyList<string> ClassesOf(CacheManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Units.Select(unit => unit.Label).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Creates a batch source over one partition of a cache.</summary>
    /// <param name="cache">The cache holding the partition's units.</param>
    /// <param name="partition">The units to stream.</param>
    /// <param name="classes">The class labels; null for <see cref="ClassesOf"/> of the cache.</param>
    /// <param name="options">Batch size, prefetch, shuffling and seed; null for the defaults.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentException">
    /// An option is out of range, a unit is not in the cache, or a label is not in the classes; every problem is
    /// listed.
    /// </exception>
    public static BatchSource Create(SampleCache cache, Partition partition, IReadOnlyList<string>? classes = null,
        BatchSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(partition);
        options ??= new BatchSourceOptions();
        classes = (classes ?? ClassesOf(cache.Manifest)).ToArray();
        var problems = new List<string>();
        if (options.BatchSize < 1)
        {
            problems.Add($"BatchSize must be at least 1 sample; it is {options.BatchSize}.");
        }

        if (options.Prefetch < 1)
        {
            problems.Add($"Prefetch must be at least 1 batch; it is {options.Prefetch}.");
        }

        var unitIndex = new Dictionary<(string, int), int>();
        for (var i = 0; i < cache.Manifest.Units.Count; i++)
        {
            unitIndex[(cache.Manifest.Units[i].Subject, cache.Manifest.Units[i].Week)] = i;
        }

        var labelOfUnit = cache.Manifest.Units
            .Select(unit => (long)IndexOf(classes, unit.Label)).ToArray();
        var samples = new List<SampleRef>(partition.SampleCount);
        foreach (var unit in partition.Units)
        {
            if (!unitIndex.TryGetValue((unit.Subject, unit.Week), out var index))
            {
                problems.Add($"Partition '{partition.Name}' holds subject '{unit.Subject}', week {unit.Week}, " +
                    $"which the cache in {cache.Folder} does not.");
                continue;
            }

            if (labelOfUnit[index] < 0)
            {
                problems.Add($"Subject '{unit.Subject}', week {unit.Week} has label '{unit.Label}', which is not " +
                    $"one of the classes ({string.Join(", ", classes)}).");
            }

            for (var s = 0; s < cache.Manifest.Units[index].Samples.Count; s++)
            {
                samples.Add(new SampleRef(index, s));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Cannot stream the partition:" + Environment.NewLine +
                string.Join(Environment.NewLine, problems), nameof(partition));
        }

        return new BatchSource(cache, partition, classes, options, samples.ToArray(), labelOfUnit);
    }

    /// <summary>Gets the order in which an epoch visits the samples.</summary>
    /// <param name="epoch">The 0-based epoch.</param>
    /// <returns>Every sample of the partition exactly once.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epoch"/> is negative.</exception>
    public IReadOnlyList<SampleRef> Order(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var order = _samples.ToArray();
        if (Shuffle)
        {
            new SplitMix64(SeedSequence.Derive(Seed, epoch, SeedSequence.Shuffle)).Shuffle(order);
        }

        return order;
    }

    /// <summary>
    /// Starts streaming one epoch: a background thread fills up to <see cref="Prefetch"/> batches ahead. Enumerate
    /// the result once, dispose every batch after use, and dispose the stream when done.
    /// </summary>
    /// <param name="epoch">The 0-based epoch.</param>
    /// <param name="cancellationToken">Stops the background thread and the enumeration.</param>
    /// <returns>The stream of batches.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="epoch"/> is negative.</exception>
    public EpochBatches Read(int epoch, CancellationToken cancellationToken = default) =>
        new(this, epoch, Order(epoch), cancellationToken);

    internal BatchBuffer Rent() =>
        _pool.TryTake(out var buffer) ? buffer : new BatchBuffer(BatchSize, Cache.Layout.ValuesPerSample);

    internal void Return(BatchBuffer buffer) => _pool.Add(buffer);

    internal void Fill(BatchBuffer buffer, IReadOnlyList<SampleRef> order, int start, int count)
    {
        var perSample = checked((int)Cache.Layout.ValuesPerSample);
        for (var i = 0; i < count; i++)
        {
            var sample = order[start + i];
            Cache.CopySample(sample.UnitIndex, sample.SampleIndex, buffer.Values.AsSpan(i * perSample, perSample));
            buffer.Labels[i] = _labelOfUnit[sample.UnitIndex];
            buffer.Timestamps[i] = _weekOfUnit[sample.UnitIndex];
            buffer.Samples[i] = sample;
        }
    }

    private static int IndexOf(IReadOnlyList<string> classes, string label)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (string.Equals(classes[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
