namespace ChronoMid.Data;

/// <summary>The shape every sample in a cache shares.</summary>
/// <param name="Channels">The image-shaped inputs in storage order, e.g. <c>image</c>, <c>abs</c>.</param>
/// <param name="Rows">The canvas height in pixels.</param>
/// <param name="Columns">The canvas width in pixels.</param>
public sealed record CacheLayout(IReadOnlyList<string> Channels, int Rows, int Columns)
{
    /// <summary>Gets the number of float32 values in one sample: channels × rows × columns.</summary>
    public long ValuesPerSample => (long)Channels.Count * Rows * Columns;

    /// <summary>Gets the number of bytes one sample occupies in a data file.</summary>
    public long BytesPerSample => ValuesPerSample * sizeof(float);
}
