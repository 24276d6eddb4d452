using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// The head: dense 64 with ReLU (<c>dense64</c>), batch norm (<c>norm64</c>), dense 32 with ReLU (<c>dense32</c>),
/// batch norm (<c>norm32</c>), dense n classes (<c>output</c>) giving logits; softmax belongs to the loss.
/// </summary>
public sealed class ClassifierHead : nn.Module<Tensor, Tensor>
{
    // Held in a tuple that TorchSharp does not scan, so each layer is registered once, under its given name.
    private readonly (Linear Dense64, BatchNorm1d Norm64, Linear Dense32, BatchNorm1d Norm32, Linear Output) _layers;

    /// <summary>Initializes a new instance of the <see cref="ClassifierHead"/> class.</summary>
    /// <param name="features">The number of features entering the head.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="generator">The random generator for initialisation; null for torch's default one.</param>
    public ClassifierHead(long features, long classes, Generator? generator = null)
        : base(nameof(ClassifierHead))
    {
        var dense64 = nn.Linear(features, NetworkArchitecture.HeadUnits1);
        var norm64 = nn.BatchNorm1d(NetworkArchitecture.HeadUnits1, KerasDefaults.BatchNormEpsilon,
            KerasDefaults.BatchNormMomentum);
        var dense32 = nn.Linear(NetworkArchitecture.HeadUnits1, NetworkArchitecture.HeadUnits2);
        var norm32 = nn.BatchNorm1d(NetworkArchitecture.HeadUnits2, KerasDefaults.BatchNormEpsilon,
            KerasDefaults.BatchNormMomentum);
        var output = nn.Linear(NetworkArchitecture.HeadUnits2, classes);
        foreach (var dense in new[] { dense64, dense32, output })
        {
            KerasDefaults.Initialise(dense, generator);
        }

        register_module("dense64", dense64);
        register_module("norm64", norm64);
        register_module("dense32", dense32);
        register_module("norm32", norm32);
        register_module("output", output);
        _layers = (dense64, norm64, dense32, norm32, output);
    }

    /// <summary>Maps N × features to N × classes logits.</summary>
    /// <param name="input">The concatenated flattened branches (and scalar inputs).</param>
    /// <returns>The logits, N × classes.</returns>
    public override Tensor forward(Tensor input)
    {
        var x = _layers.Norm64.forward(nn.functional.relu(_layers.Dense64.forward(input)));
        x = _layers.Norm32.forward(nn.functional.relu(_layers.Dense32.forward(x)));
        return _layers.Output.forward(x);
    }
}
