using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace ChronoMid.Data;

/// <summary>
/// One epoch of batches, prepared on a background thread into a bounded queue. Enumerate it once; an exception
/// thrown while reading the cache surfaces on the enumerating thread, and cancellation stops both sides.
/// </summary>
public sealed class EpochBatches : IEnumerable<SampleBatch>, IDisposable
{
    private readonly BatchSource _source;
    private readonly BlockingCollection<SampleBatch> _queue;
    private readonly CancellationTokenSource _stop;
    private readonly Task _producer;
    private ExceptionDispatchInfo? _failure;
    private bool _enumerated;
    private bool _disposed;

    internal EpochBatches(BatchSource source, int epoch, IReadOnlyList<SampleRef> order, CancellationToken token)
    {
        _source = source;
        Epoch = epoch;
        _queue = new BlockingCollection<SampleBatch>(source.Prefetch);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(token);
        _producer = Task.Factory.StartNew(() => Produce(order, _stop.Token), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Gets the 0-based epoch streamed.</summary>
    public int Epoch { get; }

    /// <summary>Enumerates the batches in the epoch's order; the caller disposes each batch.</summary>
    /// <returns>The enumerator.</returns>
    /// <exception cref="InvalidOperationException">The stream was already enumerated.</exception>
    /// <exception cref="OperationCanceledException">The stream's cancellation token was cancelled.</exception>
    public IEnumerator<SampleBatch> GetEnumerator()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_enumerated)
        {
            throw new InvalidOperationException(
                $"Epoch {Epoch}'s batch stream was already enumerated; call BatchSource.Read again for another pass.");
        }

        _enumerated = true;
        return Consume();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Stops the background thread and returns every batch not yet consumed to the pool.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stop.Cancel();
        try
        {
            _producer.Wait();
        }
        catch (AggregateException)
        {
            // The producer records its own failures; cancellation is the expected way for it to end here.
        }

        while (_queue.TryTake(out var batch))
        {
            batch.Dispose();
        }

        _queue.Dispose();
        _stop.Dispose();
    }

    private IEnumerator<SampleBatch> Consume()
    {
        foreach (var batch in _queue.GetConsumingEnumerable(_stop.Token))
        {
            yield return batch;
        }

        _failure?.Throw();
        _stop.Token.ThrowIfCancellationRequested();
    }

    private void Produce(IReadOnlyList<SampleRef> order, CancellationToken token)
    {
        try
        {
            for (int start = 0, index = 0; start < order.Count; start += _source.BatchSize, index++)
            {
                token.ThrowIfCancellationRequested();
                var count = Math.Min(_source.BatchSize, order.Count - start);
                var buffer = _source.Rent();
                var batch = new SampleBatch(Epoch, index, count, _source.Cache.Layout.ValuesPerSample, buffer,
                    _source.Return);
                try
                {
                    _source.Fill(buffer, order, start, count);
                    _queue.Add(batch, token);
                }
                catch
                {
                    batch.Dispose();
                    throw;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The consumer sees the cancellation through the same token.
        }
        catch (Exception exception)
        {
            _failure = ExceptionDispatchInfo.Capture(exception);
        }
        finally
        {
            _queue.CompleteAdding();
        }
    }
}
