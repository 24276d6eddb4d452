using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// An X-chain over any number of branches: every branch runs its own <see cref="Chain"/> (<c>branches.i</c>), then
/// each cross-connection from → to (<c>cross_from_to</c>, a 1 × 1 convolution with ReLU on the sender's maps after
/// dropout) is concatenated after the receiver's own maps, incoming maps in sending-branch order.
/// </summary>
public sealed class XChain : nn.Module<IReadOnlyList<Tensor>, Tensor[]>
{
    // Held in containers that TorchSharp does not scan, so each layer is registered once, under its given name.
    private readonly Chain[] _branches;
    private readonly List<(CrossConnection Connection, Conv2d Conv)> _crossConnections = [];

    /// <summary>Initializes a new instance of the <see cref="XChain"/> class.</summary>
    /// <param name="inChannels">The channels entering each branch's chain.</param>
    /// <param name="inputColumns">The width of the maps entering the chain, in pixels.</param>
    /// <param name="architecture">The chain's layers and cross-connections.</param>
    /// <param name="generator">The random generator for initialisation; null for torch's default one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public XChain(IReadOnlyList<long> inChannels, long inputColumns, ChainArchitecture architecture,
        Generator? generator = null)
        : base(nameof(XChain))
    {
        ArgumentNullException.ThrowIfNull(inChannels);
        ArgumentNullException.ThrowIfNull(architecture);
        _branches = inChannels
            .Select(channels => new Chain(channels, inputColumns, architecture, generator)).ToArray();
        register_module("branches", nn.ModuleList(_branches));

        // Sorted by receiver, then sender, so each receiver's incoming maps come in branch order.
        foreach (var connection in architecture.CrossConnections.OrderBy(c => c.To).ThenBy(c => c.From))
        {
            var conv = nn.Conv2d(_branches[connection.From].OutChannels, architecture.CrossFilters, kernel_size: 1);
            KerasDefaults.Initialise(conv, generator);
            register_module($"cross_{connection.From}_{connection.To}", conv);
            _crossConnections.Add((connection, conv));
        }
    }

    /// <summary>Runs every branch's chain and the cross-connections.</summary>
    /// <param name="input">One N × C × H × W tensor per branch, in branch order.</param>
    /// <returns>One tensor per branch: its own maps followed by the maps it receives.</returns>
    /// <exception cref="ArgumentException">The number of tensors is not the number of branches.</exception>
    public override Tensor[] forward(IReadOnlyList<Tensor> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Count != _branches.Length)
        {
            throw new ArgumentException(
                $"Expected {_branches.Length} branch tensor(s), found {input.Count}.", nameof(input));
        }

        var own = new Tensor[input.Count];
        for (var branch = 0; branch < own.Length; branch++)
        {
            own[branch] = _branches[branch].forward(input[branch]);
        }

        if (_crossConnections.Count == 0)
        {
            return own;
        }

        var output = new Tensor[own.Length];
        for (var branch = 0; branch < own.Length; branch++)
        {
            var parts = new List<Tensor> { own[branch] };
            foreach (var (connection, conv) in _crossConnections.Where(item => item.Connection.To == branch))
            {
                parts.Add(nn.functional.relu(conv.forward(own[connection.From])));
            }

            output[branch] = parts.Count == 1 ? own[branch] : cat(parts, dim: 1);
        }

        return output;
    }
}
