using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Benchmarks.Dicom;
using ChronoMid.Dicom;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// ChronoMid's DICOM decode against pydicom 2.3 + numpy on the same 50 slices (501 × 763, 16-bit signed, rescale),
/// full reads to float modality values and header-only scans, each timed per file inside its own process.
/// </summary>
internal sealed class DicomDecodeComparison : IComparison
{
    private const string Python = "/usr/bin/python3";

    public string Name => "dicom-decode";

    public string Description =>
        "DICOM full read to float modality values and header-only scan: ChronoMid vs pydicom 2.3 + numpy";

    public int Run(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var folder = Directory.CreateTempSubdirectory("chronomid-dicom-decode-").FullName;
        try
        {
            var files = Enumerable.Range(0, count).Select(i => DicomBenchmarkData.WriteSlice(folder, i)).ToList();
            Console.WriteLine($"dicom-decode: {count} files of {DicomBenchmarkData.Rows} x " +
                $"{DicomBenchmarkData.Columns} " +
                $"int16 with rescale ({new FileInfo(files[0]).Length} bytes each), {repeats} repeats, per-file times");

            // Warm-up: JIT and the page cache, as the Python side's warm-up pass does.
            files.ForEach(f => DicomReader.ReadImage(f));
            var readImage = Time(files, repeats, f => DicomReader.ReadImage(f));
            var readFull = Time(files, repeats, f => DicomReader.Read(f).GetModalityValues());
            var headers = Time(files, repeats, f => DicomReader.ReadHeader(f));
            var first = DicomReader.ReadImage(files[0]).ModalityValues.Sum(v => (double)v);

            var python = RunPython(folder, repeats);
            var pyFull = python.GetProperty("full_seconds").EnumerateArray().Select(e => e.GetDouble() * 1000).ToList();
            var pyHeader = python.GetProperty("header_seconds").EnumerateArray().Select(e => e.GetDouble() * 1000)
                .ToList();
            var pySum = python.GetProperty("first_sum").GetDouble();

            Console.WriteLine();
            Console.WriteLine($"{"per file (ms)",-46}{"median",10}{"mean",10}{"pydicom/ChronoMid (median)",30}");
            Row("ChronoMid ReadImage -> float[]", readImage, pyFull);
            Row("ChronoMid Read + GetModalityValues", readFull, pyFull);
            Row($"pydicom {python.GetProperty("pydicom").GetString()} dcmread+pixel_array+astype", pyFull, pyFull);
            Row("ChronoMid ReadHeader (header only)", headers, pyHeader);
            Row("pydicom dcmread(stop_before_pixels=True)", pyHeader, pyHeader);
            Console.WriteLine();
            Console.WriteLine("whole folder, mean per pass: " +
                $"ChronoMid header-only scan {headers.Sum() / repeats:F1} ms, " +
                $"ChronoMid full reads {readImage.Sum() / repeats:F1} ms, " +
                $"pydicom full reads {pyFull.Sum() / repeats:F1} ms");
            Console.WriteLine("header-only scan of the folder vs full reads (ChronoMid, median per file): " +
                $"{Median(headers):F3} ms vs {Median(readImage):F3} ms = " +
                $"{Median(readImage) / Median(headers):F1}x faster");
            Console.WriteLine(
                $"same values: sum of first file's modality values ChronoMid {first:R}, pydicom {pySum:R}");
            return Math.Abs(first - pySum) <= 1e-6 * Math.Abs(pySum) ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<double> Time(List<string> files, int repeats, Action<string> read)
    {
        var times = new List<double>(files.Count * repeats);
        for (var r = 0; r < repeats; r++)
        {
            foreach (var file in files)
            {
                var start = Stopwatch.GetTimestamp();
                read(file);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return times;
    }

    private static void Row(string name, List<double> times, List<double> baseline) =>
        Console.WriteLine($"{name,-46}{Median(times),10:F3}{times.Average(),10:F3}" +
            $"{Median(baseline) / Median(times),30:F2}");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static JsonElement RunPython(string folder, int repeats)
    {
        var script = FindScript();
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add(repeats.ToString(CultureInfo.InvariantCulture));
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {Python}.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Python} {script} failed ({process.ExitCode}): {errors.Result}. It needs Debian's python3-pydicom " +
                "and python3-numpy.");
        }

        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static string FindScript()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "benchmarks", "python", "pydicom_decode.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("benchmarks/python/pydicom_decode.py was not found above " +
            AppContext.BaseDirectory);
    }
}
