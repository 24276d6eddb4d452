using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// One chain of one branch: 3 × 3 convolutions (stride 1, same padding, bias, ReLU) named <c>conv0</c>,
/// <c>conv1</c>, …, a 2 × 2 max pooling with stride 2 rounding up, a batch norm (<c>norm</c>) and optional dropout.
/// </summary>
public sealed class Chain : nn.Module<Tensor, Tensor>
{
    // Layers are held in containers that TorchSharp does not scan, so that each is registered once, under the
    // name given to register_module; a module-typed field would be registered a second time under its field name.
    private readonly List<Conv2d> _convolutions = [];
    private readonly (MaxPool2d Pool, nn.Module<Tensor, Tensor> Norm, Dropout? Dropout) _layers;

    /// <summary>Initializes a new instance of the <see cref="Chain"/> class.</summary>
    /// <param name="inChannels">The number of channels entering the chain.</param>
    /// <param name="inputColumns">The width of the maps entering the chain, in pixels (sizes a width norm).</param>
    /// <param name="architecture">The chain's layers.</param>
    /// <param name="generator">The random generator for initialisation; null for torch's default one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="architecture"/> is null.</exception>
    public Chain(long inChannels, long inputColumns, ChainArchitecture architecture, Generator? generator = null)
        : base(nameof(Chain))
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var channels = inChannels;
        for (var index = 0; index < architecture.Filters.Count; index++)
        {
            var filters = architecture.Filters[index];
            var conv = nn.Conv2d(channels, filters, kernel_size: 3, stride: 1, padding: 1, bias: true);
            KerasDefaults.Initialise(conv, generator);
            register_module($"conv{index}", conv);
            _convolutions.Add(conv);
            channels = filters;
        }

        OutChannels = channels;
        var pool = nn.MaxPool2d(kernel_size: 2, stride: 2, ceil_mode: true);
        register_module("pool", pool);
        var norm = KerasDefaults.BatchNorm(architecture.BatchNorm, channels, (inputColumns + 1) / 2);
        register_module("norm", norm);
        var dropout = architecture.Dropout > 0 ? nn.Dropout(architecture.Dropout) : null;
        if (dropout is not null)
        {
            register_module("dropout", dropout);
        }

        _layers = (pool, norm, dropout);
    }

    /// <summary>Gets the number of channels the chain outputs (its last convolution's filters).</summary>
    public long OutChannels { get; }

    /// <summary>Runs the chain on N × C × H × W maps.</summary>
    /// <param name="input">The maps entering the chain.</param>
    /// <returns>
    /// The pooled, normalised (and in training, dropped-out) maps, N × filters × ⌈H/2⌉ × ⌈W/2⌉.
    /// </returns>
    public override Tensor forward(Tensor input)
    {
        var x = input;
        foreach (var conv in _convolutions)
        {
            x = nn.functional.relu(conv.forward(x));
        }

        x = _layers.Norm.forward(_layers.Pool.forward(x));
        return _layers.Dropout is null ? x : _layers.Dropout.forward(x);
    }
}
