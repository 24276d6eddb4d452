using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Imaging;
using ChronoMid.Temporal;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// Expand both slices onto 501 × 763, register (upsample 10), translate the reference and difference, per pair:
/// ChronoMid with a fresh reference, or with a prepared reference serving six comparisons (as a subject's first
/// week serves its later weeks), beside scikit-image + numpy + scipy on the same slices. The blocks alternate
/// (Python, then each ChronoMid variant, round after round, and Python once more at the end) so that every variant
/// sees the same machine load: each round's ratio is taken against the mean of the Python blocks either side of
/// it. The table gives medians over the rounds and the median of the per-round ratios.
/// </summary>
internal sealed class PreprocessPairComparison : IComparison
{
    private const int DistinctPairs = 10;
    private const int BlockPairs = 12;
    private const int WeeksPerReference = 6;
    private static readonly SliceSize Canvas = new(501, 763);
    private static readonly int[] ReferenceShape = [480, 740];
    private static readonly int[] ComparisonShape = [470, 735];

    private delegate double Timer(List<(ImageSlice Reference, ImageSlice Comparison)> pairs, int[] order,
        List<double[]>? shifts);

    public string Name => "preprocess-pair";

    public string Description =>
        "expand + register (upsample 10) + translate + difference of a 501 × 763 pair, against scikit-image "
        + "(arguments: [python] [rounds])";

    public int Run(string[] args)
    {
        var pythonPath = args.Length > 0 ? args[0] : "/usr/bin/python3";
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        var folder = Directory.CreateTempSubdirectory("chronomid-preprocess-pair-").FullName;
        try
        {
            var pairs = MakePairs(folder);
            var order = Enumerable.Range(0, BlockPairs).Select(i => i % DistinctPairs).ToArray();
            WriteManifest(folder, order);
            var variants = Variants();
            var seconds = variants.ToDictionary(v => v.Label, _ => new List<double>());
            var baseline = new List<double>();
            double[][] skimageShifts;
            using (var python3 = new PythonBaseline(pythonPath, folder, Canvas.Rows, Canvas.Columns))
            {
                skimageShifts = python3.TimeBlock(0, DistinctPairs).Shifts;
                foreach (var variant in variants)
                {
                    variant.Time(pairs, order, null);
                }

                var python = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    python.Add(python3.TimeBlock(0, BlockPairs).SecondsPerPair);
                    foreach (var variant in variants)
                    {
                        seconds[variant.Label].Add(variant.Time(pairs, order, null));
                    }
                }

                // Each round's baseline is the mean of the Python blocks just before and just after it.
                python.Add(python3.TimeBlock(0, BlockPairs).SecondsPerPair);
                baseline.AddRange(Enumerable.Range(0, rounds).Select(i => (python[i] + python[i + 1]) / 2));
            }

            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; canvas "
                + $"{Canvas}; {rounds} rounds of {BlockPairs} pairs per variant, alternating with Python; "
                + $"prepared: one reference per {WeeksPerReference} comparisons.");
            Console.WriteLine();
            Console.WriteLine($"{"variant",-56} {"median ms",10} {"min ms",8} {"ratio (median)",15}  per round");
            Print("scikit-image 0.19 + numpy + scipy (bilinear shift)", baseline, baseline);
            foreach (var variant in variants)
            {
                Print(variant.Label, seconds[variant.Label], baseline);
            }

            Console.WriteLine();
            foreach (var variant in variants.Where(v => v.Label.EndsWith("fresh reference", StringComparison.Ordinal)))
            {
                var shifts = new List<double[]>();
                variant.Time(pairs, [.. Enumerable.Range(0, DistinctPairs)], shifts);
                var deviation = shifts.Select((s, i) => Math.Max(Math.Abs(s[0] - skimageShifts[i][0]),
                    Math.Abs(s[1] - skimageShifts[i][1]))).Max();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{variant.Label}: largest shift difference from scikit-image {deviation:G3} px"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<(string Label, Timer Time)> Variants()
    {
        var variants = new List<(string, Timer)>();
        foreach (var size in new[] { CorrelationSize.Exact, CorrelationSize.PadToFastSize })
        {
            foreach (var threads in new[] { Environment.ProcessorCount, 1 }.Distinct())
            {
                var options = new PhaseCorrelationOptions { Size = size, MaxDegreeOfParallelism = threads };
                var label = $"ChronoMid {size}, {threads} thread(s)";
                var registration = new PhaseCorrelation(options);
                variants.Add(($"{label}, fresh reference", (p, o, s) => TimeFresh(p, o, registration, s)));
                variants.Add(($"{label}, prepared reference", (p, o, _) => TimePrepared(p, o, registration)));
            }
        }

        return variants;
    }

    private static void Print(string label, List<double> seconds, List<double> baseline)
    {
        var ratios = seconds.Select((s, i) => baseline[i] / s).ToList();
        var perRound = string.Join(" ", ratios.Select(r => r.ToString("F1", CultureInfo.InvariantCulture)));
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{Median(seconds) * 1000,10:F2} {seconds.Min() * 1000,8:F2} {Median(ratios),14:F1}×");
        Console.WriteLine($"{label,-56} {figures}  {perRound}");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double TimeFresh(List<(ImageSlice Reference, ImageSlice Comparison)> pairs, int[] order,
        PhaseCorrelation registration, List<double[]>? shifts)
    {
        var expansion = new CanvasExpansion(Canvas);
        var watch = Stopwatch.StartNew();
        foreach (var index in order)
        {
            var reference = expansion.Expand(pairs[index].Reference).Image;
            var comparison = expansion.Expand(pairs[index].Comparison).Image;
            var shift = registration.Register(comparison, reference);
            var aligned = SliceTranslation.Translate(reference, shift.RowShift, shift.ColumnShift);
            DifferenceMap.Compute(comparison, aligned);
            shifts?.Add([shift.RowShift, shift.ColumnShift]);
        }

        return watch.Elapsed.TotalSeconds / order.Length;
    }

    /// <summary>
    /// One reference (a first week) per <see cref="WeeksPerReference"/> comparisons; the reference's expansion
    /// and transform are timed too.
    /// </summary>
    private static double TimePrepared(List<(ImageSlice Reference, ImageSlice Comparison)> pairs, int[] order,
        PhaseCorrelation registration)
    {
        var expansion = new CanvasExpansion(Canvas);
        var watch = Stopwatch.StartNew();
        PreparedReference? prepared = null;
        for (var i = 0; i < order.Length; i++)
        {
            if (i % WeeksPerReference == 0)
            {
                prepared = registration.Prepare(expansion.Expand(pairs[order[i]].Reference).Image);
            }

            var comparison = expansion.Expand(pairs[order[i]].Comparison).Image;
            var shift = registration.Register(comparison, prepared!);
            var aligned = PhaseCorrelation.TranslateReference(prepared!, shift);
            DifferenceMap.Compute(comparison, aligned);
        }

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

    /// <summary>A cortical ring with marrow texture and noise, values about 100-2000, centre moved (dy, dx).</summary>
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
}
