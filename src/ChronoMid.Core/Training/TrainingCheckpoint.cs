using System.Text.Json;
using ChronoMid.Evaluation;

namespace ChronoMid.Training;

/// <summary>
/// What a checkpoint folder records beside the network (<c>model.json</c>, <c>model.safetensors</c>) and the
/// optimiser state (<c>optimizer.dat</c>): the epochs complete, the settings that must match to resume, the
/// history so far, and the SHA-256 of every file, so that a damaged checkpoint is refused rather than trained on.
/// </summary>
public sealed record TrainingCheckpoint
{
    /// <summary>The file name of the record inside a checkpoint folder.</summary>
    public const string FileName = "checkpoint.json";

    /// <summary>The file name of the optimiser state inside a checkpoint folder.</summary>
    public const string OptimizerFileName = "optimizer.dat";

    /// <summary>The checkpoint format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>Gets the checkpoint format version.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Gets the number of epochs complete when the checkpoint was written.</summary>
    public required int Epoch { get; init; }

    /// <summary>Gets the root seed of the run.</summary>
    public required long Seed { get; init; }

    /// <summary>Gets the number of samples per training step.</summary>
    public required int BatchSize { get; init; }

    /// <summary>Gets the optimiser.</summary>
    public required OptimizerKind Optimizer { get; init; }

    /// <summary>Gets the base learning rate.</summary>
    public required double LearningRate { get; init; }

    /// <summary>Gets the SGD momentum.</summary>
    public required double Momentum { get; init; }

    /// <summary>Gets the L2 factor λ used in the loss.</summary>
    public required double L2 { get; init; }

    /// <summary>Gets the learning-rate schedule, as <see cref="LearningRateSchedule.ToString"/> writes it.</summary>
    public required string Schedule { get; init; }

    /// <summary>Gets the number of torch threads the run used, or null when it left torch's setting alone.</summary>
    public int? Threads { get; init; }

    /// <summary>Gets the network's architecture, as JSON.</summary>
    public required string Architecture { get; init; }

    /// <summary>Gets the key of the sample cache trained on.</summary>
    public required string CacheKey { get; init; }

    /// <summary>Gets the cache's preprocessing settings.</summary>
    public required IReadOnlyDictionary<string, string> CacheSettings { get; init; }

    /// <summary>Gets the class labels; a label's position is its class index.</summary>
    public required IReadOnlyList<string> Classes { get; init; }

    /// <summary>Gets the training partition's units, as <c>subject/week</c>, in order.</summary>
    public required IReadOnlyList<string> TrainingUnits { get; init; }

    /// <summary>Gets the 1-based epoch with the best early-stopping metric so far (the last without it).</summary>
    public required int BestEpoch { get; init; }

    /// <summary>Gets the epoch summaries so far.</summary>
    public required IReadOnlyList<EpochSummary> History { get; init; }

    /// <summary>Gets the SHA-256 (lowercase hexadecimal) of every other file in the folder, by file name.</summary>
    public required IReadOnlyDictionary<string, string> Files { get; init; }

    /// <summary>Finds the last complete checkpoint in a checkpoint folder.</summary>
    /// <param name="folder">The folder given to <see cref="TrainerBuilder.CheckpointTo"/>.</param>
    /// <returns>The checkpoint's own folder (for example <c>epoch-0003</c>), or null when there is none.</returns>
    public static string? FindLatest(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var folders = CheckpointStore.EpochFolders(folder);
        return folders.Count == 0 ? null : folders[^1].Path;
    }

    /// <summary>Reads a checkpoint and checks every file against its recorded SHA-256.</summary>
    /// <param name="checkpointFolder">One checkpoint's folder, for example <c>checkpoints/epoch-0003</c>.</param>
    /// <returns>The checkpoint record.</returns>
    /// <exception cref="CheckpointException">A file is missing, truncated, garbled or of another format.</exception>
    public static TrainingCheckpoint Read(string checkpointFolder)
    {
        ArgumentNullException.ThrowIfNull(checkpointFolder);
        var path = Path.Combine(checkpointFolder, FileName);
        if (!File.Exists(path))
        {
            throw new CheckpointException($"{path} is missing; {checkpointFolder} is not a complete checkpoint.",
                path);
        }

        TrainingCheckpoint? checkpoint;
        try
        {
            checkpoint = JsonSerializer.Deserialize<TrainingCheckpoint>(File.ReadAllText(path), ReportJson.Options);
        }
        catch (JsonException exception)
        {
            throw new CheckpointException($"{path} is damaged: it is not a valid checkpoint record " +
                $"({exception.Message}). Delete this checkpoint folder to resume from an earlier one, or start over.",
                path, exception);
        }

        if (checkpoint is null || checkpoint.FormatVersion != CurrentFormatVersion)
        {
            throw new CheckpointException($"{path} is checkpoint format {checkpoint?.FormatVersion}; this version " +
                $"of ChronoMid reads format {CurrentFormatVersion}.", path);
        }

        foreach (var (name, expected) in checkpoint.Files)
        {
            CheckpointStore.Verify(Path.Combine(checkpointFolder, name), expected);
        }

        return checkpoint;
    }
}
