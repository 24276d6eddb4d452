using ChronoMid.Models;
using static TorchSharp.torch;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// Saves ChronoMid networks as safetensors, has PyTorch rebuild them from model.json and load the weights strictly,
/// and compares both frameworks' eval-mode logits on the same probe batch: proof that the PyTorch side of the
/// throughput comparison runs the same layers, and that PyTorch users can read ChronoMid's weights.
/// </summary>
internal static class PyTorchEquivalenceCheck
{
    public static int Run(Func<string, System.Text.Json.JsonElement> python)
    {
        var worst = 0.0;
        foreach (var name in new[] { "cnn", "cnn-ts", "xcnn-ts-abs", "xcnn-abs-rel", "diff-rel" })
        {
            const int batch = 4;
            var directory = Path.Combine(Path.GetTempPath(), $"chronomid-check-{name}");
            using var scope = NewDisposeScope();
            using var network = ModelCatalog.Builder(name).Input(64, 96).Classes(3).Seed(3).Build();
            var architecture = network.Architecture;
            var pixels = (long)batch * architecture.InputRows * architecture.InputColumns;
            var branches = architecture.Descriptor.ImageInputs
                .Select((_, b) => arange(pixels).to(float32).mul(0.001 * (b + 1)).sin()
                    .reshape(batch, 1, architecture.InputRows, architecture.InputColumns))
                .ToArray();
            var timestamps = architecture.Descriptor.HasTimestamps ? arange(batch).to(float32).mul(2) : null;
            var input = NetworkInput.FromBranches(architecture.Descriptor, branches, timestamps);
            // Two training passes move the batch-norm statistics away from their initial values.
            network.Train();
            network.Forward(input);
            network.Forward(input);
            network.Eval();
            var logits = network.Forward(input).flatten().data<float>().ToArray();
            network.Save(directory);

            var result = python($"--architecture {Path.Combine(directory, "model.json")} "
                + $"--weights {Path.Combine(directory, "model.safetensors")} --batch {batch}");
            var pyLogits = result.GetProperty("logits").EnumerateArray().Select(e => e.GetDouble()).ToArray();
            var difference = logits.Zip(pyLogits, (a, b) => Math.Abs(a - b)).Max();
            worst = Math.Max(worst, difference);
            Console.WriteLine($"{name,-14} logits {logits.Length}, largest |ChronoMid - PyTorch| = {difference:E2}");
        }

        Console.WriteLine(worst < 1e-4 ? "PyTorch reproduces ChronoMid's outputs." : "OUTPUTS DIFFER.");
        return worst < 1e-4 ? 0 : 1;
    }
}
