using System.Diagnostics;
using ChronoMid.Models;
using static TorchSharp.torch;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// Splits a ChronoMid training step into its parts (forward, loss with L2, backward, Adam step) and times each,
/// to find where a training step spends its time.
/// </summary>
internal static class TrainingStepProbe
{
    public static int Run(string model, ModelVariant variant, int rows, int columns, int batch, int steps)
    {
        var architecture = ModelCatalog.Builder(model).Variant(variant).Input(rows, columns).BuildArchitecture();
        using var timer = new ModelTimer(architecture, batch);
        var network = timer.Network;
        network.Train();
        using var optimizer = optim.Adam(network.Module.parameters(), lr: 1e-3);
        var input = NetworkInput.FromBranches(architecture.Descriptor,
            architecture.Descriptor.ImageInputs.Select(_ => randn(batch, 1, rows, columns)).ToArray(),
            architecture.Descriptor.HasTimestamps ? arange(batch).to(float32) : null);
        var labels = zeros(batch, dtype: int64);
        var totals = new double[4];
        for (var step = 0; step <= steps; step++)
        {
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            optimizer.zero_grad();
            var logits = network.Forward(input);
            var forward = clock.Elapsed.TotalSeconds;
            var loss = nn.functional.cross_entropy(logits, labels) + network.KernelL2Penalty();
            var lossTime = clock.Elapsed.TotalSeconds;
            loss.backward();
            var backward = clock.Elapsed.TotalSeconds;
            optimizer.step();
            var total = clock.Elapsed.TotalSeconds;
            if (step > 0)
            {
                totals[0] += forward;
                totals[1] += lossTime - forward;
                totals[2] += backward - lossTime;
                totals[3] += total - backward;
            }
        }

        Console.WriteLine($"{model} ({variant}) {rows}x{columns} batch {batch}, mean of {steps} steps (s): forward "
            + $"{totals[0] / steps:F3}, loss+L2 {totals[1] / steps:F3}, backward {totals[2] / steps:F3}, "
            + $"Adam {totals[3] / steps:F3}");
        return 0;
    }
}
