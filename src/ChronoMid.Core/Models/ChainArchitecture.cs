namespace ChronoMid.Models;

/// <summary>
/// One chain as every branch runs it: 3 × 3 convolutions (stride 1, same padding, bias, ReLU), a 2 × 2 max pooling
/// with stride 2 rounding up, a batch norm, optional dropout; then the cross-connections of the X-chain.
/// </summary>
public sealed record ChainArchitecture
{
    /// <summary>Gets the number of filters of each convolution, in order.</summary>
    public required IReadOnlyList<int> Filters { get; init; }

    /// <summary>Gets the axis of the batch norm after the pooling.</summary>
    /// <value>The default value is <see cref="BatchNormAxis.Channel"/>.</value>
    public BatchNormAxis BatchNorm { get; init; } = BatchNormAxis.Channel;

    /// <summary>Gets the dropout rate after the batch norm; zero means no dropout layer.</summary>
    /// <value>The default value is 0.</value>
    public double Dropout { get; init; }

    /// <summary>Gets the cross-connections after this chain; empty for none.</summary>
    /// <value>The default value is an empty list.</value>
    public IReadOnlyList<CrossConnection> CrossConnections { get; init; } = [];

    /// <summary>Gets the number of filters of each cross-connection's 1 × 1 convolution.</summary>
    /// <value>The default value is 8.</value>
    public int CrossFilters { get; init; } = 8;
}
