using static TorchSharp.torch;

namespace ChronoMid.Models;

public sealed partial class NetworkBuilder
{
    private static readonly int[][] SingleBranchFilters = [[16, 16], [32, 32], [32, 32], [32, 32], [32, 32]];
    private static readonly int[][] MultiBranchFilters = [[8, 8], [16, 16], [16, 16], [16, 16], [32, 32]];

    /// <summary>Checks every setting and makes the architecture, without creating any tensor.</summary>
    /// <returns>The architecture.</returns>
    /// <exception cref="InvalidArchitectureException">One or more settings are invalid; all are listed.</exception>
    public NetworkArchitecture BuildArchitecture()
    {
        var architecture = MakeArchitecture();
        var problems = new List<string>();
        if (_matrixProblem is not null)
        {
            problems.Add(_matrixProblem);
        }

        problems.AddRange(architecture.Validate());
        if (_descriptor.ImageInputs.Count < 2 && _crossConnections is { Count: > 0 })
        {
            problems.Add($"Cross-connections need at least two branches; the descriptor '{_descriptor}' has "
                + $"{_descriptor.ImageInputs.Count}.");
        }

        return problems.Count == 0 ? architecture : throw new InvalidArchitectureException(problems);
    }

    /// <summary>Checks every setting, builds and initialises the network on the CPU, moves it to its device.</summary>
    /// <returns>The network; the caller disposes it.</returns>
    /// <exception cref="InvalidArchitectureException">One or more settings are invalid; all are listed.</exception>
    /// <exception cref="NotSupportedException">The device is CUDA and torch sees no CUDA device.</exception>
    public ChronoMidNetwork Build()
    {
        var architecture = BuildArchitecture();
        _built = true;
        return ChronoMidNetwork.FromArchitecture(architecture, _device ?? CPU, _seed);
    }

    private NetworkArchitecture MakeArchitecture()
    {
        var branches = _descriptor.ImageInputs.Count;
        var faithfulCnn = _variant == ModelVariant.Faithful && branches == 1;
        var filters = _filters ?? (branches == 1 ? SingleBranchFilters : MultiBranchFilters);
        var chainNorm = _chainNorm ?? (faithfulCnn ? BatchNormAxis.Width : BatchNormAxis.Channel);
        var inputNorm = _inputNorm.Set
            ? _inputNorm.Axis
            : faithfulCnn && !_descriptor.HasTimestamps ? BatchNormAxis.Width : BatchNormAxis.Channel;
        var connections = _crossConnections ?? AllToAll(branches);
        var chains = new List<ChainArchitecture>();
        for (var k = 0; k < filters.Length; k++)
        {
            var last = k == filters.Length - 1;
            chains.Add(new ChainArchitecture
            {
                Filters = filters[k],
                BatchNorm = chainNorm,
                Dropout = last ? 0 : _dropout,
                CrossConnections = last && !_crossAfterEveryChain ? [] : connections,
                CrossFilters = _crossFilters,
            });
        }

        return new NetworkArchitecture
        {
            Descriptor = _descriptor,
            InputRows = _rows,
            InputColumns = _columns,
            Classes = _classes,
            Variant = _variant,
            InputBatchNorm = inputNorm,
            Chains = chains,
            KernelL2 = _kernelL2,
        };
    }

    private static CrossConnection[] AllToAll(int branches) =>
        Enumerable.Range(0, branches)
            .SelectMany(from => Enumerable.Range(0, branches).Where(to => to != from)
                .Select(to => new CrossConnection(from, to)))
            .ToArray();
}
