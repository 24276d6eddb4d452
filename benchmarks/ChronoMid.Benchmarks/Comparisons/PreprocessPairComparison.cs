using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Imaging;
using ChronoMid.Temporal;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// Expand both slices onto 501 × 763, register (upsample 10), translate the reference and difference, per pair:
/// ChronoMid with a fresh or a prepared reference, beside scikit-image + numpy + scipy on the same slices.
/// </summary>
internal sealed class PreprocessPairComparison : IComparison
{
    private const int DistinctPairs = 10;
    private const int TimedPairs = 50;
    private static readonly SliceSize Canvas = new(501, 763);
    private static readonly int[] ReferenceShape = [480, 740];
    private static readonly int[] ComparisonShape = [470, 735];

    public string Name => "preprocess-pair";

    public string Description =>
        "expand + register (upsample 10) + translate + difference of a 501 × 763 pair, against scikit-image";

    public int Run(string[] args)
    {
        var python = args.Length > 0 ? args[0] : "/usr/bin/python3";
        var folder = Directory.CreateTempSubdirectory("chronomid-preprocess-pair-").FullName;
        try
        {
            var pairs = MakePairs(folder);
            var order = Enumerable.Range(0, TimedPairs).Select(i => i % DistinctPairs).ToArray();
            WriteManifest(folder, order);
            var baseline = RunPython(python, folder);
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; "
                + $"{TimedPairs} pairs each ({DistinctPairs} distinct), canvas {Canvas}.");
            Console.WriteLine();
            Console.WriteLine($"{"variant",-58} {"ms/pair",9} {"vs skimage",11}");
            Print("scikit-image 0.19 + numpy + scipy (bilinear shift)", baseline, baseline);
            foreach (var size in new[] { CorrelationSize.Exact, CorrelationSize.PadToFastSize })
            {
                foreach (var threads in new[] { Environment.ProcessorCount, 1 })
                {
                    var options = new PhaseCorrelationOptions { Size = size, MaxDegreeOfParallelism = threads };
                    var label = $"ChronoMid {size}, {threads} thread(s)";
                    Print($"{label}, fresh reference", TimeFresh(pairs, order, options), baseline);
                    Print($"{label}, prepared reference", TimePrepared(pairs, order, options), baseline);
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Print(string label, double seconds, double baseline) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-58} {seconds * 1000,9:F2} {baseline / seconds,10:F1}×"));

    private static double TimeFresh(List<(ImageSlice Reference, ImageSlice Comparison)> pairs, int[] order,
        PhaseCorrelationOptions options)
    {
        var expansion = new CanvasExpansion(Canvas);
        var registration = new PhaseCorrelation(options);
        ImageSlice Step((ImageSlice Reference, ImageSlice Comparison) pair)
        {
            var reference = expansion.Expand(pair.Reference).Image;
            var comparison = expansion.Expand(pair.Comparison).Image;
            var shift = registration.Register(comparison, reference);
            var aligned = SliceTranslation.Translate(reference, shift.RowShift, shift.ColumnShift);
            return DifferenceMap.Compute(comparison, aligned);
        }

        Step(pairs[0]);
        var watch = Stopwatch.StartNew();
        foreach (var index in order)
        {
            Step(pairs[index]);
        }

        return watch.Elapsed.TotalSeconds / order.Length;
    }

    /// <summary>One reference (a first week) for every comparison; its expansion and transform are timed too.</summary>
    private static double TimePrepared(List<(ImageSlice Reference, ImageSlice Comparison)> pairs, int[] order,
        PhaseCorrelationOptions options)
    {
        var expansion = new CanvasExpansion(Canvas);
        var registration = new PhaseCorrelation(options);
        void Run(int[] indices)
        {
            var prepared = registration.Prepare(expansion.Expand(pairs[0].Reference).Image);
            foreach (var index in indices)
            {
                var comparison = expansion.Expand(pairs[index].Comparison).Image;
                var shift = registration.Register(comparison, prepared);
                var aligned = PhaseCorrelation.TranslateReference(prepared, shift);
                DifferenceMap.Compute(comparison, aligned);
            }
        }

        Run([0]);
        var watch = Stopwatch.StartNew();
        Run(order);
        return watch.Elapsed.TotalSeconds / order.Length;
    }

    private static List<(ImageSlice, ImageSlice)> MakePairs(string folder)
    {
        var pairs = new List<(ImageSlice, ImageSlice)>();
        for (var i = 0; i < DistinctPairs; i++)
        {
            var reference = SyntheticBone(480, 740, seed: i, 0, 0);
            var comparison = SyntheticBone(470, 735, seed: 100 + i, 1.3 + (0.7 * i), -2.1 + (0.45 * i));
            Write(Path.Combine(folder, $"reference{i}.f32"), reference);
            Write(Path.Combine(folder, $"comparison{i}.f32"), comparison);
            pairs.Add((reference, comparison));
        }

        return pairs;
    }

    /// <summary>A cortical ring with marrow texture and noise, values about 100-2000, centre moved by (dy, dx).</summary>
    private static ImageSlice SyntheticBone(int rows, int columns, int seed, double dy, double dx)
    {
        var random = new Random(seed);
        var pixels = new float[rows * columns];
        double cy = (250 * 0.98) + dy, cx = (370 * 0.95) + dx;
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                double u = (y - cy) / 150, v = (x - cx) / 210;
                var r = Math.Sqrt((u * u) + (v * v));
                var ring = (r - 1) / 0.1;
                var value = 110 + (1700 * Math.Exp(-ring * ring));
                value += r < 0.85 ? 150 * (1 + (Math.Sin((x - dx) * 0.3) * Math.Cos((y - dy) * 0.2))) : 0;
                pixels[(y * columns) + x] = (float)(value + (30 * (random.NextDouble() - 0.5)));
            }
        }

        return ImageSlice.TakeOwnership(rows, columns, pixels);
    }

    private static void Write(string path, ImageSlice slice)
    {
        var bytes = new byte[slice.Pixels.Length * 4];
        for (var i = 0; i < slice.Pixels.Length; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), slice.Pixels[i]);
        }

        File.WriteAllBytes(path, bytes);
    }

    private static void WriteManifest(string folder, int[] order)
    {
        var manifest = new
        {
            pairs = Enumerable.Range(0, DistinctPairs).Select(i => new Dictionary<string, object>
            {
                ["reference"] = $"reference{i}.f32",
                ["reference_shape"] = ReferenceShape,
                ["comparison"] = $"comparison{i}.f32",
                ["comparison_shape"] = ComparisonShape,
            }),
            order,
        };
        File.WriteAllText(Path.Combine(folder, "manifest.json"), JsonSerializer.Serialize(manifest));
    }

    private static double RunPython(string python, string folder)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "python", "preprocess_pair.py");
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, folder, $"{Canvas.Rows}", $"{Canvas.Columns}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{python} {script} failed ({process.ExitCode}): {error}");
        }

        using var result = JsonDocument.Parse(output);
        return result.RootElement.GetProperty("seconds_per_pair").GetDouble();
    }
}
