using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Evaluation.Reports;

namespace ChronoMid.Tests.Evaluation;

/// <summary>
/// A small cache the paper's models accept (32 × 48 pixels, channels image and abs, no rel), and one experiment run
/// over it: cnn and xcnn-abs complete, xcnn-rel fails for want of its rel channel; two runs of one epoch each.
/// </summary>
public sealed class ExperimentFixture : IAsyncLifetime
{
    public const int Rows = 32;
    public const int Columns = 48;

    public static readonly string[] Models = ["cnn", "xcnn-abs", "xcnn-rel"];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"chronomid-experiment-{Guid.NewGuid():N}");

    public string RunsFolder => Path.Combine(Root, "runs");

    public SampleCache Cache { get; private set; } = null!;

    public ExperimentSummary Summary { get; private set; } = null!;

    public List<ExperimentProgress> Progress { get; } = [];

    public ExperimentBuilder Builder() => Experiment.For(Cache).Models(Models).Runs(2).EpochBudgets(1).Seed(11)
        .BatchSize(8).Threads(1).KeepRunsIn(RunsFolder);

    public async Task InitializeAsync()
    {
        Cache = SampleCache.Open(Write(Path.Combine(Root, "cache")));
        Summary = await Builder().Build().RunAsync(new Training.SyncProgress<ExperimentProgress>(Progress.Add));
    }

    public Task DisposeAsync()
    {
        Cache.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Three subjects per class, three weeks each, four samples a week; "pth" samples carry a blob.</summary>
    private static string Write(string folder)
    {
        var layout = new CacheLayout(["image", "abs"], Rows, Columns);
        var writer = SampleCacheWriter.Start(folder, "experiment", layout,
            new Dictionary<string, string> { ["canvas"] = $"{Rows}x{Columns}" });
        var random = new Random(5);
        var values = new float[layout.ValuesPerSample];
        foreach (var label in new[] { "control", "pth" })
        {
            for (var s = 0; s < 3; s++)
            {
                for (var week = 0; week < 3; week++)
                {
                    using var unit = writer.BeginUnit($"{label}-{s}", week, label);
                    for (var i = 0; i < 4; i++)
                    {
                        for (var v = 0; v < values.Length; v++)
                        {
                            var blob = label == "pth" && v % (Rows * Columns) is > 400 and < 800;
                            values[v] = (float)(random.NextDouble() - 0.5) + (blob ? 2f : 0f);
                        }

                        unit.Append(new CachedSample(i, $"{label}-{s}/w{week}/{i}.dcm",
                            new Dictionary<string, string>()), values);
                    }

                    unit.Commit();
                }
            }
        }

        writer.Complete();
        return folder;
    }
}
