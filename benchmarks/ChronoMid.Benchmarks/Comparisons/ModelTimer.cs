using System.Diagnostics;
using ChronoMid.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>Times ChronoMid training and inference steps on random batches, one dispose scope per step.</summary>
internal sealed class ModelTimer : IDisposable
{
    private readonly ChronoMidNetwork _network;
    private readonly Tensor[] _branches;
    private readonly Tensor? _timestamps;
    private readonly Tensor _labels;
    private readonly NetworkInput _input;
    private readonly optim.Optimizer _optimizer;

    public ModelTimer(NetworkArchitecture architecture, int batch)
    {
        _network = ChronoMidNetwork.FromArchitecture(architecture, seed: 0);
        using var generator = new Generator(1);
        _branches = architecture.Descriptor.ImageInputs
            .Select(_ => randn([batch, 1, architecture.InputRows, architecture.InputColumns], generator: generator))
            .ToArray();
        _timestamps = architecture.Descriptor.HasTimestamps ? arange(batch).to(float32) : null;
        _labels = randint(architecture.Classes, [batch], generator: generator);
        _input = NetworkInput.FromBranches(architecture.Descriptor, _branches, _timestamps);
        _optimizer = optim.Adam(_network.Module.parameters(), lr: 1e-3);
        Batch = batch;
    }

    public int Batch { get; }

    public ChronoMidNetwork Network => _network;

    public void TrainStep()
    {
        using var scope = NewDisposeScope();
        _optimizer.zero_grad();
        var logits = _network.Forward(_input);
        var loss = nn.functional.cross_entropy(logits, _labels) + _network.KernelL2Penalty();
        loss.backward();
        _optimizer.step();
    }

    public void InferenceStep()
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        _network.Forward(_input);
    }

    /// <summary>Runs warm-up steps, then returns the seconds of each timed step.</summary>
    public double[] StepSeconds(bool training, int warmup, int steps)
    {
        if (training)
        {
            _network.Train();
        }
        else
        {
            _network.Eval();
        }

        Action step = training ? TrainStep : InferenceStep;
        for (var i = 0; i < warmup; i++)
        {
            step();
        }

        var seconds = new double[steps];
        for (var i = 0; i < steps; i++)
        {
            var clock = Stopwatch.StartNew();
            step();
            seconds[i] = clock.Elapsed.TotalSeconds;
        }

        return seconds;
    }

    public void Dispose()
    {
        _optimizer.Dispose();
        foreach (var tensor in _branches)
        {
            tensor.Dispose();
        }

        _timestamps?.Dispose();
        _labels.Dispose();
        _network.Dispose();
    }
}
