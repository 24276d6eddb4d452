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
    private readonly Linear _dense64;
    private readonly BatchNorm1d _norm64;
    private readonly Linear _dense32;
    private readonly BatchNorm1d _norm32;
    private readonly Linear _output;

    /// <summary>Initializes a new instance of the <see cref="ClassifierHead"/> class.</summary>
    /// <param name="features">The number of features entering the head.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="generator">The random generator for initialisation; null for torch's default one.</param>
    public ClassifierHead(long features, long classes, Generator? generator = null)
        : base(nameof(ClassifierHead))
    {
        _dense64 = nn.Linear(features, NetworkArchitecture.HeadUnits1);
        _norm64 = nn.BatchNorm1d(NetworkArchitecture.HeadUnits1, KerasDefaults.BatchNormEpsilon,
            KerasDefaults.BatchNormMomentum);
        _dense32 = nn.Linear(NetworkArchitecture.HeadUnits1, NetworkArchitecture.HeadUnits2);
        _norm32 = nn.BatchNorm1d(NetworkArchitecture.HeadUnits2, KerasDefaults.BatchNormEpsilon,
            KerasDefaults.BatchNormMomentum);
        _output = nn.Linear(NetworkArchitecture.HeadUnits2, classes);
        foreach (var dense in new[] { _dense64, _dense32, _output })
        {
            KerasDefaults.Initialise(dense, generator);
        }

        register_module("dense64", _dense64);
        register_module("norm64", _norm64);
        register_module("dense32", _dense32);
        register_module("norm32", _norm32);
        register_module("output", _output);
    }

    /// <summary>Maps N × features to N × classes logits.</summary>
    /// <param name="input">The concatenated flattened branches (and scalar inputs).</param>
    /// <returns>The logits, N × classes.</returns>
    public override Tensor forward(Tensor input)
    {
        var x = _norm64.forward(nn.functional.relu(_dense64.forward(input)));
        x = _norm32.forward(nn.functional.relu(_dense32.forward(x)));
        return _output.forward(x);
    }
}
