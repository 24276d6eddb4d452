namespace ChronoMid.Data;

/// <summary>
/// One batch of samples copied out of a cache into a pooled, pinned buffer: the values of every sample (its
/// channels one after another, each row-major), its class index and its timestamp. Dispose it to return the buffer
/// to its <see cref="BatchSource"/>'s pool.
/// </summary>
public sealed class SampleBatch : IDisposable
{
    private readonly BatchBuffer _buffer;
    private readonly Action<BatchBuffer> _release;
    private bool _disposed;

    internal SampleBatch(int epoch, int index, int count, long valuesPerSample, BatchBuffer buffer,
        Action<BatchBuffer> release)
    {
        Epoch = epoch;
        Index = index;
        Count = count;
        ValuesPerSample = valuesPerSample;
        _buffer = buffer;
        _release = release;
    }

    /// <summary>Gets the 0-based epoch the batch belongs to.</summary>
    public int Epoch { get; }

    /// <summary>Gets the batch's 0-based position within its epoch.</summary>
    public int Index { get; }

    /// <summary>Gets the number of samples in the batch.</summary>
    public int Count { get; }

    /// <summary>Gets the number of float32 values per sample: channels × rows × columns.</summary>
    public long ValuesPerSample { get; }

    /// <summary>Gets the values: <see cref="Count"/> × <see cref="ValuesPerSample"/>, sample after sample.</summary>
    /// <exception cref="ObjectDisposedException">The batch was disposed.</exception>
    public ReadOnlySpan<float> Values
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer.Values.AsSpan(0, checked((int)(Count * ValuesPerSample)));
        }
    }

    /// <summary>Gets each sample's class index (a position in the source's class list).</summary>
    /// <exception cref="ObjectDisposedException">The batch was disposed.</exception>
    public ReadOnlySpan<long> Labels
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer.Labels.AsSpan(0, Count);
        }
    }

    /// <summary>Gets each sample's timestamp: its unit's week, in whole weeks since the study began.</summary>
    /// <exception cref="ObjectDisposedException">The batch was disposed.</exception>
    public ReadOnlySpan<float> Timestamps
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer.Timestamps.AsSpan(0, Count);
        }
    }

    /// <summary>Gets where each sample came from in the cache.</summary>
    /// <exception cref="ObjectDisposedException">The batch was disposed.</exception>
    public ReadOnlySpan<SampleRef> Samples
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _buffer.Samples.AsSpan(0, Count);
        }
    }

    /// <summary>Returns the buffer to the pool; the batch's spans are no longer valid afterwards.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _release(_buffer);
        }
    }
}
