using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using TorchSharp.Modules;

namespace ChronoMid.Training;

/// <summary>
/// Writes and finds checkpoints. Each epoch's checkpoint is written into a temporary folder (every file flushed to
/// disk), then renamed to <c>epoch-NNNN</c> in one step, so a run killed at any moment leaves the previous
/// checkpoint whole. Only the last checkpoint and the best epoch's are kept.
/// </summary>
internal static class CheckpointStore
{
    private const string Prefix = "epoch-";

    public static IReadOnlyList<(int Epoch, string Path)> EpochFolders(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder, Prefix + "*")
            .Select(path => (Name: Path.GetFileName(path), Path: path))
            .Where(item => item.Name.Length == Prefix.Length + 4 && item.Name[Prefix.Length..].All(char.IsAsciiDigit))
            .Select(item => (int.Parse(item.Name[Prefix.Length..], CultureInfo.InvariantCulture), item.Path))
            .OrderBy(item => item.Item1)
            .ToArray();
    }

    public static string FolderOf(string folder, int epoch) =>
        Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{Prefix}{epoch:D4}"));

    public static string Write(string folder, TrainingCheckpoint record, ChronoMidNetwork network,
        OptimizerHelper optimizer)
    {
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Prefix}{record.Epoch:D4}.tmp-{Guid.NewGuid():N}");
        try
        {
            network.Save(temporary);
            var optimizerPath = Path.Combine(temporary, TrainingCheckpoint.OptimizerFileName);
            using (var stream = new FileStream(optimizerPath, FileMode.CreateNew, FileAccess.Write))
            {
                using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                {
                    optimizer.save_state_dict(writer);
                }

                stream.Flush(flushToDisk: true);
            }

            var files = Directory.EnumerateFiles(temporary).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                .ToDictionary(name => name!, name => Hash(Path.Combine(temporary, name!)), StringComparer.Ordinal);
            var json = JsonSerializer.Serialize(record with { Files = files }, ReportJson.Options);
            ChronoMid.IO.AtomicFile.WriteAllText(Path.Combine(temporary, TrainingCheckpoint.FileName), json);

            var final = FolderOf(folder, record.Epoch);
            if (Directory.Exists(final))
            {
                Directory.Delete(final, recursive: true);
            }

            Directory.Move(temporary, final);
            Prune(folder, record.Epoch, record.BestEpoch);
            return final;
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>Deletes temporary folders left by a run that was killed while writing a checkpoint.</summary>
    public static void RemoveLeftovers(string folder)
    {
        if (Directory.Exists(folder))
        {
            foreach (var leftover in Directory.EnumerateDirectories(folder, $".{Prefix}*.tmp-*"))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }

    public static void Verify(string path, string expected)
    {
        if (!File.Exists(path))
        {
            throw new CheckpointException($"{path} is missing from its checkpoint; the checkpoint is damaged. " +
                "Delete its folder to resume from an earlier one, or start over.", path);
        }

        var actual = Hash(path);
        if (actual != expected)
        {
            throw new CheckpointException($"{path} is damaged: its SHA-256 is {actual}, the checkpoint recorded " +
                $"{expected} ({new FileInfo(path).Length} bytes now; the file was truncated or overwritten). Delete " +
                "its checkpoint folder to resume from an earlier one, or start over.", path);
        }
    }

    /// <summary>Lists every way a checkpoint differs from the run about to resume from it.</summary>
    public static IReadOnlyList<string> Differences(TrainingCheckpoint found, TrainingCheckpoint expected)
    {
        var differences = new List<string>();
        void Compare<T>(string what, T was, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(was, now))
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the checkpoint has {was}, this run has {now}"));
            }
        }

        if (found.Architecture != expected.Architecture)
        {
            var was = NetworkArchitecture.FromJson(found.Architecture);
            var now = NetworkArchitecture.FromJson(expected.Architecture);
            differences.Add(string.Create(CultureInfo.InvariantCulture,
                $"architecture: the checkpoint has {Describe(was)}, this network is {Describe(now)}"));
        }

        Compare("cache key", found.CacheKey, expected.CacheKey);
        Compare("classes", string.Join(", ", found.Classes), string.Join(", ", expected.Classes));
        Compare("training units", Summary(found.TrainingUnits), Summary(expected.TrainingUnits));
        Compare("seed", found.Seed, expected.Seed);
        Compare("batch size", found.BatchSize, expected.BatchSize);
        Compare("optimizer", found.Optimizer, expected.Optimizer);
        Compare("learning rate", found.LearningRate, expected.LearningRate);
        Compare("momentum", found.Momentum, expected.Momentum);
        Compare("L2", found.L2, expected.L2);
        Compare("schedule", found.Schedule, expected.Schedule);
        return differences;
    }

    private static string Describe(NetworkArchitecture architecture)
    {
        var filters = string.Join(" | ", architecture.Chains.Select(chain => string.Join(",", chain.Filters)));
        return string.Create(CultureInfo.InvariantCulture,
            $"'{architecture.Descriptor}' {architecture.InputRows} × {architecture.InputColumns}, " +
            $"{architecture.Classes} classes, {architecture.Variant} variant, filters {filters}");
    }

    private static string Summary(IReadOnlyList<string> units) =>
        $"{units.Count} units ({Convert.ToHexStringLower(SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', units))).AsSpan(0, 4))})";

    private static void Prune(string folder, int latest, int best)
    {
        foreach (var (epoch, path) in EpochFolders(folder))
        {
            if (epoch != latest && epoch != best)
            {
                Directory.Delete(path, recursive: true);
            }
        }
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
