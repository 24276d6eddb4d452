namespace ChronoMid.Data;

/// <summary>How a <see cref="BatchSource"/> orders and groups samples.</summary>
public sealed class BatchSourceOptions
{
    /// <summary>Gets or sets the number of samples per batch; an epoch's last batch may be smaller.</summary>
    /// <value>The default value is 32, as in the paper.</value>
    public int BatchSize { get; set; } = 32;

    /// <summary>Gets or sets how many batches are prepared on a background thread ahead of the consumer.</summary>
    /// <value>The default value is 2.</value>
    public int Prefetch { get; set; } = 2;

    /// <summary>Gets or sets a value indicating whether each epoch visits the samples in a shuffled order.</summary>
    /// <value>The default value is <see langword="true"/>; evaluation turns it off.</value>
    public bool Shuffle { get; set; } = true;

    /// <summary>Gets or sets the root seed of every epoch's shuffle (each epoch derives its own from it).</summary>
    /// <value>The default value is 0.</value>
    public ulong Seed { get; set; }
}
