using ChronoMid.Data;
using ChronoMid.Models;
using ChronoMid.Training;

namespace ChronoMid.Cli.Commands;

/// <summary>The arguments of <c>chronomid train</c>, checked all at once.</summary>
internal sealed record TrainRequest(DirectoryInfo Cache, string Model, int Epochs, int BatchSize, string Device,
    string Partition, long Seed, int? Threads, double LearningRate, DirectoryInfo Output, bool Resume)
{
    public PartitionUnit? PartitionUnit => Partition.ToLowerInvariant() switch
    {
        "subject-week" => Data.PartitionUnit.SubjectTimepoint,
        "subject" => Data.PartitionUnit.Subject,
        _ => null,
    };

    public List<string> Problems()
    {
        var problems = new List<string>();
        if (!SampleCache.IsComplete(Cache.FullName))
        {
            problems.Add($"{Cache.FullName} holds no complete cache (no {CacheManifest.FileName}); run chronomid " +
                "preprocess first, and pass the cache's own folder (CACHE_ROOT/<key>).");
        }

        if (!ModelCatalog.Names.Contains(Model, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"--model '{Model}' is unknown; expected one of {string.Join(", ", ModelCatalog.Names)}.");
        }

        if (Epochs < 1)
        {
            problems.Add($"--epochs must be at least 1; it is {Epochs}.");
        }

        if (BatchSize < 1)
        {
            problems.Add($"--batch-size must be at least 1; it is {BatchSize}.");
        }

        if (Threads is < 1)
        {
            problems.Add($"--threads must be at least 1; it is {Threads}.");
        }

        if (!(LearningRate > 0) || !double.IsFinite(LearningRate))
        {
            problems.Add($"--learning-rate must be finite and above 0; it is {LearningRate}.");
        }

        if (PartitionUnit is null)
        {
            problems.Add($"--partition '{Partition}' is unknown; expected subject-week or subject.");
        }

        try
        {
            ComputeDevice.Parse(Device);
        }
        catch (FormatException exception)
        {
            problems.Add("--device: " + exception.Message);
        }

        return problems;
    }
}
