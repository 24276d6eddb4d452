using ChronoMid.Data;
using ChronoMid.Imaging;
using ChronoMid.Training;

namespace ChronoMid.Cli.Commands;

/// <summary>What <c>reproduce</c> and <c>demo</c> run: a study, the experiment's settings, an output folder.</summary>
internal sealed record ExperimentRequest(
    DirectoryInfo Study,
    DirectoryInfo Output,
    IReadOnlyList<string> Models,
    int Runs,
    IReadOnlyList<int> EpochBudgets,
    SliceSize? Canvas,
    PartitionUnit Partitioning,
    bool StratifyByClass,
    long Seed,
    ComputeDevice Device,
    int? Threads)
{
    public string CacheRoot => Path.Combine(Output.FullName, "cache");

    public string RunsFolder => Path.Combine(Output.FullName, "runs");

    public string FiguresFolder => Path.Combine(Output.FullName, "figures");
}
