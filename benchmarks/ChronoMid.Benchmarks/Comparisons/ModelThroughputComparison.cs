using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// Training and inference images per second of the paper's models in ChronoMid beside the same layers in PyTorch
/// (benchmarks/python/model_throughput.py, built from the same architecture JSON), at batch 32 on 2 threads.
/// <c>--memory</c> instead measures resident memory over 200 training steps; <c>--check</c> compares both
/// frameworks' outputs on the same saved weights.
/// </summary>
internal sealed class ModelThroughputComparison : IComparison
{
    private const string Python = "/usr/bin/python3";
    private static readonly string[] DefaultModels = ["cnn", "cnn-ts", "xcnn-abs", "xcnn-ts-abs"];
    private static readonly string[] DefaultSizes = ["128x192", "256x384"];

    public string Name => "model-throughput";

    public string Description =>
        "ChronoMid vs PyTorch training/inference images/s of the paper's models (--memory: RSS over 200 steps)";

    public int Run(string[] args)
    {
        var threads = Option(args, "--threads", 2);
        var steps = Option(args, "--steps", 10);
        // 256 × 384 costs four times as much a step; fewer steps keep the default run near ten minutes on 2 cores.
        var largeSteps = Option(args, "--large-steps", 5);
        var warmup = Option(args, "--warmup", 2);
        var batch = Option(args, "--batch", 32);
        set_num_threads(threads);
        Console.WriteLine($"torch threads {get_num_threads()}, batch {batch}, warm-up {warmup}, timed steps {steps} "
            + $"at 128x192 and {largeSteps} at 256x384");
        if (args.Contains("--probe"))
        {
            return TrainingStepProbe.Run("cnn", ModelVariant.Faithful, 128, 192, batch, steps)
                + TrainingStepProbe.Run("cnn", ModelVariant.Standard, 128, 192, batch, steps);
        }

        if (args.Contains("--check"))
        {
            var script = FindScript();
            return PyTorchEquivalenceCheck.Run(arguments => PythonJson(script, arguments));
        }

        return args.Contains("--memory")
            ? MemoryRun(batch, Option(args, "--memory-steps", 200))
            : ThroughputRun(batch, threads, warmup, (steps, largeSteps), args.Contains("--skip-python"),
                List(args, "--models", DefaultModels), List(args, "--sizes", DefaultSizes));
    }

    private static int ThroughputRun(int batch, int threads, int warmup, (int Small, int Large) stepCounts,
        bool skipPython, string[] models, string[] sizes)
    {
        var script = FindScript();
        var conv = ConvGflops(warmup, 5);
        var pyConv = skipPython ? double.NaN
            : PythonJson(script, $"--conv --threads {threads} --warmup {warmup} --steps 5").GetProperty("convGflops")
                .GetDouble();
        Console.WriteLine($"one 3x3 conv 16->32 at 128x192, batch 32 (best of 5): TorchSharp {conv:F1} GFLOP/s, "
            + $"PyTorch {pyConv:F1} GFLOP/s");
        Console.WriteLine();
        Console.WriteLine($"{"model",-12} {"size",-8} {"params",7} {"mode",-6} {"CM img/s",9} {"PT img/s",9} "
            + $"{"ratio",6} {"CM best",8} {"PT best",8} {"ratio",6} {"CM GF/s",8}");
        foreach (var (rows, columns) in sizes.Select(ParseSize))
        {
            var steps = rows * columns > 128 * 192 ? stepCounts.Large : stepCounts.Small;
            foreach (var name in models)
            {
                var architecture = ModelCatalog.Builder(name).Input(rows, columns).BuildArchitecture();
                var json = Path.Combine(Path.GetTempPath(), $"chronomid-{name}-{rows}x{columns}.json");
                File.WriteAllText(json, architecture.ToJson());
                double[] train, infer;
                long total;
                using (var timer = new ModelTimer(architecture, batch))
                {
                    total = timer.Network.CountParameters().Total;
                    train = timer.StepSeconds(training: true, warmup, steps);
                    infer = timer.StepSeconds(training: false, warmup, steps);
                }

                double[] pyTrain = [double.NaN], pyInfer = [double.NaN];
                var pyTotal = total;
                if (!skipPython)
                {
                    var result = PythonJson(script, $"--architecture {json} --batch {batch} --threads {threads} "
                        + $"--warmup {warmup} --steps {steps}");
                    pyTrain = Seconds(result, "trainSeconds");
                    pyInfer = Seconds(result, "inferSeconds");
                    pyTotal = result.GetProperty("total").GetInt64();
                }

                var gflops = architecture.ForwardGflops();
                var size = $"{rows}x{columns}";
                var check = pyTotal == total ? string.Empty : $"  PARAMETER COUNT DIFFERS: PyTorch {pyTotal}";
                Console.WriteLine(Row(name, size, total, "train", batch, train, pyTrain, 3 * gflops) + check);
                Console.WriteLine(Row(name, size, total, "infer", batch, infer, pyInfer, gflops));
            }
        }

        Console.WriteLine();
        Console.WriteLine("CM = ChronoMid (TorchSharp), PT = PyTorch, same layers and parameter count. img/s from the "
            + "median step, best from the fastest step; GF/s = ChronoMid's achieved GFLOP/s at the median (a "
            + "training step counts as 3 x the forward cost). Taken on a shared machine: the ratio is what holds.");
        return 0;
    }

    private static string Row(string name, string size, long total, string mode, int batch, double[] chronoMid,
        double[] pyTorch, double gflopsPerImage)
    {
        var (cm, pt) = (batch / Median(chronoMid), batch / Median(pyTorch));
        var (cmBest, ptBest) = (batch / chronoMid.Min(), batch / pyTorch.Min());
        return $"{name,-12} {size,-8} {total,7} {mode,-6} {cm,9:F1} {pt,9:F1} {cm / pt,6:F2} {cmBest,8:F1} "
            + $"{ptBest,8:F1} {cmBest / ptBest,6:F2} {gflopsPerImage * cm,8:F1}";
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double[] Seconds(JsonElement result, string key) =>
        result.GetProperty(key).EnumerateArray().Select(element => element.GetDouble()).ToArray();

    private static int MemoryRun(int batch, int totalSteps)
    {
        var architecture = ModelCatalog.Builder("xcnn-ts-abs").Input(128, 192).BuildArchitecture();
        using var timer = new ModelTimer(architecture, batch);
        timer.Network.Train();
        double rssAt10 = 0;
        for (var step = 1; step <= totalSteps; step++)
        {
            timer.TrainStep();
            if (step == 10)
            {
                rssAt10 = ResidentMegabytes();
            }

            if (step % 50 == 0)
            {
                Console.WriteLine(($"step {step,4}: RSS {ResidentMegabytes():F1} MB"));
            }
        }

        var rssAtEnd = ResidentMegabytes();
        Console.WriteLine((
            $"xcnn-ts-abs 128x192 batch {batch}: RSS {rssAt10:F1} MB at step 10, {rssAtEnd:F1} MB at step "
            + $"{totalSteps}, growth {rssAtEnd - rssAt10:F1} MB"));
        return 0;
    }

    private static double ResidentMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kilobytes = long.Parse(fields[1], CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }

    private static double ConvGflops(int warmup, int steps)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var x = randn(32, 16, 128, 192);
        using var conv = nn.Conv2d(16, 32, 3, padding: 1);
        for (var i = 0; i < warmup; i++)
        {
            conv.forward(x).Dispose();
        }

        var best = double.MaxValue;
        for (var i = 0; i < steps; i++)
        {
            var clock = Stopwatch.StartNew();
            conv.forward(x).Dispose();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return 2.0 * 9 * 16 * 32 * 128 * 192 * 32 / best / 1e9;
    }

    private static JsonElement PythonJson(string script, string arguments)
    {
        var start = new ProcessStartInfo(Python, $"{script} {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {Python}.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Python} {script} {arguments} failed ({process.ExitCode}): {error}");
        }

        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    private static string FindScript()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, "benchmarks", "python", "model_throughput.py");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException(
            "benchmarks/python/model_throughput.py not found above the current or the output folder.");
    }

    private static string[] List(string[] args, string name, string[] fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1].Split(',') : fallback;
    }

    private static (int Rows, int Columns) ParseSize(string text)
    {
        var parts = text.Split('x');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length
            ? int.Parse(args[index + 1], CultureInfo.InvariantCulture)
            : fallback;
    }

}
