using System.Diagnostics;
using System.Text.Json;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// A long-lived <c>preprocess_pair.py --serve</c> process: it loads and warms up once, then times one block of
/// pairs each time it is asked, so that its blocks can alternate with ChronoMid's under the same machine load.
/// </summary>
internal sealed class PythonBaseline : IDisposable
{
    private readonly Process _process;

    public PythonBaseline(string python, string folder, int rows, int columns)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "python", "preprocess_pair.py");
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { script, folder, $"{rows}", $"{columns}", "--serve" })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start)!;
        var ready = _process.StandardOutput.ReadLine();
        if (ready != "ready")
        {
            throw new InvalidOperationException($"{python} {script} did not start (it said '{ready}').");
        }
    }

    /// <summary>Times order[first .. first + count) and returns seconds per pair and the shifts found.</summary>
    public (double SecondsPerPair, double[][] Shifts) TimeBlock(int first, int count)
    {
        _process.StandardInput.WriteLine($"{first} {count}");
        _process.StandardInput.Flush();
        var line = _process.StandardOutput.ReadLine()
            ?? throw new InvalidOperationException("The Python baseline stopped before answering.");
        using var result = JsonDocument.Parse(line);
        var shifts = result.RootElement.GetProperty("shifts").EnumerateArray()
            .Select(s => s.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        return (result.RootElement.GetProperty("seconds_per_pair").GetDouble(), shifts);
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.WriteLine();
            _process.StandardInput.Close();
            _process.WaitForExit(10_000);
        }
        finally
        {
            _process.Dispose();
        }
    }
}
