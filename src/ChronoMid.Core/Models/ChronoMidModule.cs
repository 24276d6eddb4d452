using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// The torch module of a ChronoMid network: per-branch input batch norms (<c>input_norms.i</c>), X-chains
/// (<c>chain1</c> … <c>chainK</c>) and the head (<c>head</c>). Build it through <see cref="ChronoMidNetwork"/>.
/// </summary>
public sealed partial class ChronoMidModule : nn.Module<NetworkInput, Tensor>
{
    // Layers are held in containers that TorchSharp does not scan, so that each is registered once, under the
    // name given to register_module; a module-typed field would be registered a second time under its field name.
    private readonly List<nn.Module<Tensor, Tensor>> _inputNorms = [];
    private readonly List<XChain> _chains = [];
    private readonly List<ClassifierHead> _head = [];

    /// <summary>Initializes a new instance of the <see cref="ChronoMidModule"/> class on the CPU.</summary>
    /// <param name="architecture">The architecture; it must be valid.</param>
    /// <param name="generator">The random generator for initialisation; null for torch's default one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="architecture"/> is null.</exception>
    /// <exception cref="InvalidArchitectureException">The architecture has problems.</exception>
    public ChronoMidModule(NetworkArchitecture architecture, Generator? generator = null)
        : base(nameof(ChronoMidModule))
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var problems = architecture.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidArchitectureException(problems);
        }

        Architecture = architecture;
        var branches = architecture.BranchCount;
        if (architecture.InputBatchNorm is { } axis)
        {
            for (var branch = 0; branch < branches; branch++)
            {
                _inputNorms.Add(KerasDefaults.BatchNorm(axis, 1, architecture.InputColumns));
            }
        }

        register_module("input_norms", nn.ModuleList(_inputNorms.ToArray()));
        var channels = Enumerable.Range(0, branches).Select(architecture.ChannelsPerChain).ToArray();
        var sizes = architecture.SizesPerChain();
        for (var k = 0; k < architecture.Chains.Count; k++)
        {
            var inChannels = channels.Select(perChain => (long)perChain[k]).ToArray();
            var xchain = new XChain(inChannels, sizes[k].Columns, architecture.Chains[k], generator);
            register_module($"chain{k + 1}", xchain);
            _chains.Add(xchain);
        }

        var head = new ClassifierHead(architecture.HeadInputFeatures(), architecture.Classes, generator);
        register_module("head", head);
        _head.Add(head);
    }

    /// <summary>Gets the architecture the module was built from.</summary>
    public NetworkArchitecture Architecture { get; }

    /// <summary>Runs the network on a batch.</summary>
    /// <param name="input">The batch; its tensors must be on the module's device.</param>
    /// <returns>The logits, N × classes.</returns>
    /// <exception cref="ArgumentException">An input is missing, extra, or has the wrong shape or type.</exception>
    public override Tensor forward(NetworkInput input)
    {
        var (branches, timestamps) = CheckInput(input);
        IReadOnlyList<Tensor> maps = _inputNorms.Count == 0
            ? branches
            : branches.Select((x, branch) => _inputNorms[branch].forward(x)).ToArray();
        foreach (var xchain in _chains)
        {
            maps = xchain.forward(maps);
        }

        var features = maps.Select(x => x.flatten(1)).ToList();
        if (timestamps is not null)
        {
            features.Add(timestamps.unsqueeze(1));
        }

        return _head[0].forward(features.Count == 1 ? features[0] : cat(features, dim: 1));
    }
}
