using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Evaluation.Reports;
using Microsoft.Extensions.Logging;

namespace ChronoMid.Evaluation;

/// <summary>
/// Trains and tests several models, several times each, for one or more epoch budgets, over one sample cache, and
/// aggregates the runs into the paper's Tables 2–4 (<see cref="ExperimentSummary"/>).
/// </summary>
/// <remarks>
/// <para>
/// Run <c>r</c> partitions the cache with a seed derived from the experiment seed and <c>r</c> alone, so every
/// model and every epoch budget of run <c>r</c> sees the same training, validation and test units: models are
/// compared on the same splits, and the spread over runs reflects different splits. The network's initial weights
/// and the trainer's shuffles derive from the same run seed.
/// </para>
/// <para>
/// Runs go in the order run index, then epoch budget, then model, so that an interrupted experiment has results
/// for every model as early as possible. A run that throws anything but a cancellation becomes a failed
/// <see cref="RunRecord"/> carrying the message, and the experiment goes on. With
/// <see cref="ExperimentBuilder.KeepRunsIn"/>, every finished run (completed or failed) is stored at once as JSON
/// (<see cref="RunRecordStore"/>), and a later experiment over the same folder reads it back instead of training it
/// again; delete a run's file to make it run again.
/// </para>
/// </remarks>
public sealed partial class Experiment
{
    private readonly ILogger _logger;

    internal Experiment(SampleCache cache, ExperimentSettings settings, ILogger logger)
    {
        Cache = cache;
        Settings = settings;
        _logger = logger;
    }

    /// <summary>Gets the cache every run reads.</summary>
    public SampleCache Cache { get; }

    /// <summary>Gets the experiment's settings.</summary>
    public ExperimentSettings Settings { get; }

    /// <summary>Starts configuring an experiment over a sample cache.</summary>
    /// <param name="cache">The cache; it must hold the channels the chosen models read.</param>
    /// <returns>A builder with the paper's six models, one run and a budget of 5 epochs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cache"/> is <see langword="null"/>.</exception>
    public static ExperimentBuilder For(SampleCache cache) => new(cache);

    /// <summary>
    /// Gets the seed run <paramref name="runIndex"/> partitions the cache with, the same for every model.
    /// </summary>
    /// <param name="experimentSeed">The experiment seed.</param>
    /// <param name="runIndex">The 0-based run index.</param>
    /// <returns>The partition seed.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="runIndex"/> is negative.</exception>
    public static ulong PartitionSeedOf(long experimentSeed, int runIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(runIndex);
        return SeedSequence.Derive(unchecked((ulong)experimentSeed), runIndex, SeedSequence.Partition);
    }

    /// <summary>
    /// Runs every model, epoch budget and run not already stored in the runs folder, and summarises them all.
    /// </summary>
    /// <param name="progress">Receives where the experiment is; null for none.</param>
    /// <param name="cancellationToken">Stops the experiment between training steps; finished runs stay stored.</param>
    /// <returns>The summary of every run, stored or new, completed or failed.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidDataException">A stored run file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">
    /// The runs folder holds runs made with other settings (another cache, seed, partitioning, batch size, learning
    /// rate or input size); choose another folder or delete those files.
    /// </exception>
    public async Task<ExperimentSummary> RunAsync(IProgress<ExperimentProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var plan = Plan();
        var stored = LoadStored(plan);
        var records = new List<RunRecord>(plan.Count);
        for (var i = 0; i < plan.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slot = plan[i];
            if (stored.TryGetValue(slot.Key, out var record))
            {
                Report(progress, slot, ExperimentPhase.Loaded);
                LogLoaded(_logger, slot.Number, plan.Count, slot.Model, slot.EpochBudget, slot.RunIndex);
            }
            else
            {
                record = await RunOneAsync(slot, progress, cancellationToken).ConfigureAwait(false);
                if (Settings.RunsFolder is { } folder)
                {
                    RunRecordStore.Save(record, folder, Fingerprint());
                }

                Report(progress, slot, record.Status == RunStatus.Completed
                    ? ExperimentPhase.Completed : ExperimentPhase.Failed);
                LogRun(record, slot, plan.Count);
            }

            records.Add(record);
        }

        return ExperimentSummary.From(records);
    }

    private List<RunSlot> Plan()
    {
        var plan = new List<RunSlot>(Settings.TotalRuns);
        for (var run = 0; run < Settings.Runs; run++)
        {
            foreach (var budget in Settings.EpochBudgets)
            {
                foreach (var model in Settings.Models)
                {
                    plan.Add(new RunSlot(plan.Count + 1, Settings.TotalRuns, model, budget, run));
                }
            }
        }

        return plan;
    }

    /// <summary>What a stored run must have been made with to be reused; device and threads may differ.</summary>
    private Dictionary<string, string> Fingerprint() => new(StringComparer.Ordinal)
    {
        ["cacheKey"] = Cache.Manifest.Key,
        ["input"] = string.Create(CultureInfo.InvariantCulture, $"{Cache.Layout.Rows}x{Cache.Layout.Columns}"),
        ["partitioning"] = Settings.Partitioning.ToString(),
        ["stratifyByClass"] = Settings.StratifyByClass ? "true" : "false",
        ["seed"] = Settings.Seed.ToString(CultureInfo.InvariantCulture),
        ["batchSize"] = Settings.BatchSize.ToString(CultureInfo.InvariantCulture),
        ["learningRate"] = Settings.LearningRate.ToString("R", CultureInfo.InvariantCulture),
    };

    private Dictionary<(string, int, int), RunRecord> LoadStored(List<RunSlot> plan)
    {
        var stored = new Dictionary<(string, int, int), RunRecord>();
        if (Settings.RunsFolder is not { } folder || !Directory.Exists(folder))
        {
            return stored;
        }

        var expected = Fingerprint();
        var mismatched = new List<string>();
        foreach (var slot in plan)
        {
            var path = Path.Combine(folder, RunRecordStore.FileName(slot.Model, slot.EpochBudget, slot.RunIndex));
            if (!File.Exists(path))
            {
                continue;
            }

            var settings = RunRecordStore.LoadSettings(path);
            var differences = expected.Where(pair => settings.GetValueOrDefault(pair.Key) != pair.Value)
                .Select(pair => $"{pair.Key} {settings.GetValueOrDefault(pair.Key) ?? "(none)"} not {pair.Value}")
                .ToArray();
            if (differences.Length > 0)
            {
                mismatched.Add($"{Path.GetFileName(path)}: {string.Join(", ", differences)}");
                continue;
            }

            var record = RunRecordStore.Load(path);
            if (!string.Equals(record.Model, slot.Model, StringComparison.Ordinal)
                || record.EpochBudget != slot.EpochBudget || record.RunIndex != slot.RunIndex)
            {
                throw new InvalidDataException($"{path} holds {record.Model}, {record.EpochBudget} epochs, run " +
                    $"{record.RunIndex}; its name says {slot.Model}, {slot.EpochBudget} epochs, run {slot.RunIndex}.");
            }

            stored[slot.Key] = record;
        }

        if (mismatched.Count > 0)
        {
            throw new InvalidOperationException($"The runs folder {folder} holds {mismatched.Count} run(s) made " +
                "with other settings, which cannot be mixed into this experiment; choose another folder or delete " +
                "them. " + string.Join("; ", mismatched) + ".");
        }

        return stored;
    }

    private static void Report(IProgress<ExperimentProgress>? progress, RunSlot slot, ExperimentPhase phase) =>
        progress?.Report(new ExperimentProgress(slot.Number, slot.Total, slot.Model, slot.EpochBudget, slot.RunIndex,
            phase, 0, 0, 0, 0));
}
