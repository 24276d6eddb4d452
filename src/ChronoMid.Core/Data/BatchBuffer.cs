namespace ChronoMid.Data;

/// <summary>The reusable arrays behind one <see cref="SampleBatch"/>; the values are pinned for native
/// copies.</summary>
internal sealed class BatchBuffer(int batchSize, long valuesPerSample)
{
    public float[] Values { get; } = GC.AllocateUninitializedArray<float>(
        checked((int)(batchSize * valuesPerSample)), pinned: true);

    public long[] Labels { get; } = new long[batchSize];

    public float[] Timestamps { get; } = new float[batchSize];

    public SampleRef[] Samples { get; } = new SampleRef[batchSize];
}
