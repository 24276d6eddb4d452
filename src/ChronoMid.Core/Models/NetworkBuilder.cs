using ChronoMid.Temporal;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// Builds a <see cref="ChronoMidNetwork"/> fluently from a temporal descriptor. Each step records its value;
/// <see cref="BuildArchitecture"/> and <see cref="Build"/> check everything and report every problem in one
/// <see cref="InvalidArchitectureException"/>. A builder that has built cannot be changed.
/// </summary>
/// <remarks>
/// Defaults follow <see cref="ModelVariant"/>. One branch (the CNN, or a difference-only model): filters
/// 16, 16 | 32, 32 (four chains); faithful batch norms over the width in every chain and over the width at the
/// input when there is no timestamp, over the channel with one. Two or more branches (X-CNNs): filters 8, 8 |
/// 16, 16 (three chains) | 32, 32, per-channel batch norms, every branch cross-connected to every other after each
/// chain but the last, 8 filters. Dropout 0.25 after each chain but the last. The standard variant uses per-channel
/// batch norms everywhere.
/// </remarks>
public sealed partial class NetworkBuilder
{
    private readonly TemporalDescriptor _descriptor;
    private string? _matrixProblem;
    private int _rows = 501;
    private int _columns = 763;
    private int _classes = 2;
    private ModelVariant _variant = ModelVariant.Faithful;
    private double _dropout = 0.25;
    private int _crossFilters = 8;
    private int[][]? _filters;
    private IReadOnlyList<CrossConnection>? _crossConnections;
    private bool _crossAfterEveryChain;
    private (bool Set, BatchNormAxis? Axis) _inputNorm;
    private BatchNormAxis? _chainNorm;
    private double _kernelL2 = 0.0003;
    private long? _seed;
    private Device? _device;
    private bool _built;

    internal NetworkBuilder(TemporalDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        _descriptor = descriptor;
    }

    /// <summary>Sets the input size.</summary>
    /// <param name="rows">The height of every image-shaped input, in pixels.</param>
    /// <param name="columns">The width of every image-shaped input, in pixels.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 501 × 763 pixels.</value>
    public NetworkBuilder Input(int rows, int columns) => Set(() => (_rows, _columns) = (rows, columns));

    /// <summary>Sets the number of classes (at least 2).</summary>
    /// <param name="classes">The number of classes.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 2.</value>
    public NetworkBuilder Classes(int classes) => Set(() => _classes = classes);

    /// <summary>Sets the variant whose defaults are used.</summary>
    /// <param name="variant">The variant.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see cref="ModelVariant.Faithful"/>.</value>
    public NetworkBuilder Variant(ModelVariant variant) => Set(() => _variant = variant);

    /// <summary>Sets the dropout rate after every chain but the last.</summary>
    /// <param name="rate">The rate, in [0, 1); 0 removes the dropout layers.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 0.25.</value>
    public NetworkBuilder Dropout(double rate) => Set(() => _dropout = rate);

    /// <summary>Sets the filters of every convolution, chain by chain (this also sets the number of chains).</summary>
    /// <param name="filtersPerChain">One array per chain, one entry per 3 × 3 convolution.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filtersPerChain"/> or an entry is null.</exception>
    public NetworkBuilder Filters(params int[][] filtersPerChain)
    {
        ArgumentNullException.ThrowIfNull(filtersPerChain);
        var copy = filtersPerChain.Select(chain => (chain ?? throw new ArgumentNullException(
            nameof(filtersPerChain), "A chain's filter list is null.")).ToArray()).ToArray();
        return Set(() => _filters = copy);
    }

    /// <summary>Sets the filters of each cross-connection's 1 × 1 convolution.</summary>
    /// <param name="filters">The number of filters (at least 1).</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 8.</value>
    public NetworkBuilder CrossFilters(int filters) => Set(() => _crossFilters = filters);

    /// <summary>Sets which branch sends a cross-connection to which, after every cross-connected chain.</summary>
    /// <param name="connections">The connections; empty for none.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is every branch to every other.</value>
    /// <exception cref="ArgumentNullException"><paramref name="connections"/> is null.</exception>
    public NetworkBuilder CrossConnections(params CrossConnection[] connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var copy = connections.ToArray();
        return Set(() => (_crossConnections, _matrixProblem) = (copy, null));
    }

    /// <summary>Sets the cross-connections as a matrix: <c>matrix[from, to]</c> is true for a connection.</summary>
    /// <param name="matrix">A branches × branches matrix.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public NetworkBuilder CrossConnections(bool[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var branches = _descriptor.ImageInputs.Count;
        var problem = matrix.GetLength(0) != branches || matrix.GetLength(1) != branches
            ? $"The cross-connection matrix is {matrix.GetLength(0)} × {matrix.GetLength(1)}; "
                + $"expected {branches} × {branches} (one row and one column per branch)."
            : null;

        var connections = new List<CrossConnection>();
        for (var from = 0; from < matrix.GetLength(0); from++)
        {
            for (var to = 0; to < matrix.GetLength(1); to++)
            {
                if (matrix[from, to])
                {
                    connections.Add(new CrossConnection(from, to));
                }
            }
        }

        return Set(() => (_crossConnections, _matrixProblem) = (connections, problem));
    }

    /// <summary>Adds cross-connections after the last chain too, as the paper's Table 1 draws them.</summary>
    /// <param name="enabled">Whether the last chain is cross-connected.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see langword="false"/> (what the paper's parameter counts show).</value>
    public NetworkBuilder CrossConnectAfterEveryChain(bool enabled = true) =>
        Set(() => _crossAfterEveryChain = enabled);

    /// <summary>Sets the batch norm applied to each image-shaped input; null for none.</summary>
    /// <param name="axis">The axis, or null.</param>
    /// <returns>This builder.</returns>
    public NetworkBuilder InputBatchNorm(BatchNormAxis? axis) => Set(() => _inputNorm = (true, axis));

    /// <summary>Sets the axis of every chain's batch norm.</summary>
    /// <param name="axis">The axis.</param>
    /// <returns>This builder.</returns>
    public NetworkBuilder ChainBatchNorm(BatchNormAxis axis) => Set(() => _chainNorm = axis);

    /// <summary>Sets the L2 factor λ of the kernel penalty λ·Σw².</summary>
    /// <param name="lambda">The factor (finite, at least 0).</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 0.0003.</value>
    public NetworkBuilder KernelL2(double lambda) => Set(() => _kernelL2 = lambda);

    /// <summary>Sets the seed of the weight initialisation.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is none: torch's process-wide generator.</value>
    public NetworkBuilder Seed(long seed) => Set(() => _seed = seed);

    /// <summary>Sets the device the built network lives on (it is initialised on the CPU, then moved).</summary>
    /// <param name="device">The device.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is the CPU.</value>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    public NetworkBuilder OnDevice(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return Set(() => _device = device);
    }

    private NetworkBuilder Set(Action apply)
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built a network; start a new one with "
                + "ChronoMidNetwork.For.");
        }

        apply();
        return this;
    }
}
