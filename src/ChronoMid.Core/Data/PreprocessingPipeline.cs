using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChronoMid.Imaging;
using ChronoMid.Studies;
using ChronoMid.Temporal;
using Microsoft.Extensions.Logging;

namespace ChronoMid.Data;

/// <summary>
/// Preprocesses a study into a sample cache: each slice placed on the canvas, each reference slice registered
/// onto its comparison slice and translated, difference maps computed, all written once, subject by subject.
/// </summary>
/// <remarks>
/// <para>Deterministic: yes. Cached: the whole output, keyed by the input files and every setting
/// (<see cref="CacheKey"/>); a complete cache with the same key is reused, an interrupted one resumed.
/// Input: the study's slices. Output: per subject-timepoint, samples of <see cref="Layout"/>'s channels
/// (in <see cref="TemporalDescriptor.ImageInputs"/> order) on the canvas, in float32 modality units.</para>
/// <para>Memory stays bounded by working slice index by slice index across one subject's weeks: the absolute
/// reference (the first week's slice) is transformed once and serves every later week. Subjects run in parallel.
/// Subjects without a label are left out (discovery reports them).</para>
/// </remarks>
public sealed partial class PreprocessingPipeline
{
    private readonly CanvasExpansion _expansion;
    private readonly PhaseCorrelation _registration;
    private readonly TranslationMethod _translation;
    private readonly int _parallelism;
    private readonly ILogger _logger;

    internal PreprocessingPipeline(LongitudinalStudy study, CanvasExpansion expansion, bool canvasFromLargest,
        PhaseCorrelation registration, TranslationMethod translation, TemporalDescriptor descriptor,
        string cacheRoot, int parallelism, ILogger logger)
    {
        Study = study;
        Descriptor = descriptor;
        _expansion = expansion;
        _registration = registration;
        _translation = translation;
        _parallelism = parallelism;
        _logger = logger;
        Layout = new CacheLayout(descriptor.ImageInputs.Select(ChannelName).ToArray(), expansion.Canvas.Rows,
            expansion.Canvas.Columns);
        Settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["canvas"] = $"{expansion.Canvas.Rows}x{expansion.Canvas.Columns}",
            ["canvasFrom"] = canvasFromLargest ? "largest" : "given",
            ["fit"] = expansion.Fit.ToString(),
            ["upsampleFactor"] = registration.UpsampleFactor.ToString(CultureInfo.InvariantCulture),
            ["normalization"] = registration.Normalization.ToString(),
            ["correlationSize"] = registration.Size.ToString(),
            ["translation"] = translation.ToString(),
            ["descriptor"] = descriptor.ToString(),
            ["scans"] = ScansFingerprint(study),
        };
        CacheKey = SampleCacheKey.Compute(study.Folder, study.SliceFiles, Settings);
        CacheFolder = Path.Combine(cacheRoot, CacheKey);
    }

    /// <summary>Gets the study being preprocessed.</summary>
    public LongitudinalStudy Study { get; }

    /// <summary>Gets the temporal descriptor: which inputs each sample carries.</summary>
    public TemporalDescriptor Descriptor { get; }

    /// <summary>Gets the canvas every slice is placed on, in pixels.</summary>
    public SliceSize Canvas => _expansion.Canvas;

    /// <summary>Gets the shape of every cached sample.</summary>
    public CacheLayout Layout { get; }

    /// <summary>Gets every preprocessing setting, as recorded in the cache manifest.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Gets the cache key: a hash of the input files and every setting.</summary>
    public string CacheKey { get; }

    /// <summary>Gets the folder this pipeline's cache lives in.</summary>
    public string CacheFolder { get; }

    /// <summary>Writes the cache, or resumes or reuses it.</summary>
    /// <param name="progress">Receives progress after each subject; optional.</param>
    /// <param name="cancellationToken">Stops the run between slices; complete units stay for a resume.</param>
    /// <returns>What was done and how long each stage took.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    /// <exception cref="IOException">The disk is full or failed; complete units stay for a resume.</exception>
    public PreprocessingSummary Run(IProgress<PreprocessingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        if (SampleCache.IsComplete(CacheFolder))
        {
            LogReused(_logger, CacheFolder);
            return new PreprocessingSummary(CacheFolder, true, 0, 0, 0, [], TimeSpan.Zero, TimeSpan.Zero,
                TimeSpan.Zero, TimeSpan.Zero, clock.Elapsed);
        }

        var writer = SampleCacheWriter.Start(CacheFolder, CacheKey, Layout, Settings, _logger);
        var reused = writer.CompleteUnitCount;
        var subjects = Study.Subjects.Where(s => s.Label is not null).ToArray();
        var stats = new StageClock();
        var issues = new ConcurrentBag<PreprocessingIssue>();
        var done = 0;
        Parallel.ForEach(subjects,
            new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken },
            subject =>
            {
                ProcessSubject(subject, writer, stats, issues, cancellationToken);
                progress?.Report(new PreprocessingProgress(Interlocked.Increment(ref done), subjects.Length,
                    stats.SamplesWritten));
            });

        var manifest = writer.Complete();
        var summary = new PreprocessingSummary(CacheFolder, false, manifest.Units.Count - reused, reused,
            stats.SamplesWritten, issues.OrderBy(i => i.Subject, StringComparer.Ordinal).ThenBy(i => i.Week).ToArray(),
            stats.Reading, stats.Expanding, stats.Registering, stats.Writing, clock.Elapsed);
        LogFinished(_logger, CacheFolder, summary.UnitsWritten, summary.SamplesWritten, summary.UnitsReused,
            summary.Issues.Count, clock.Elapsed.TotalSeconds);
        return summary;
    }

    /// <summary>Opens the cache this pipeline wrote.</summary>
    /// <returns>The cache, memory-mapped.</returns>
    /// <exception cref="CacheFormatException">The cache is not complete: call <see cref="Run"/> first.</exception>
    public SampleCache OpenCache() => SampleCache.Open(CacheFolder);

    private static string ChannelName(TemporalInput input) => input switch
    {
        TemporalInput.Image => "image",
        TemporalInput.AbsoluteDifference => "abs",
        _ => "rel",
    };

    private static string ScansFingerprint(LongitudinalStudy study)
    {
        // Labels, weeks and slice order come from the labels file and discovery options, not only the slice files.
        var text = new StringBuilder();
        foreach (var subject in study.Subjects)
        {
            foreach (var scan in subject.Scans)
            {
                text.Append(subject.Id).Append('\t').Append(subject.Label).Append('\t').Append(scan.Week).Append('\n');
                foreach (var slice in scan.Slices)
                {
                    text.Append(Path.GetRelativePath(study.Folder, slice.Path)).Append('\n');
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 16));
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Cache {Folder} is complete with the same inputs and settings; reusing it")]
    private static partial void LogReused(ILogger logger, string folder);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Preprocessed into {Folder}: " +
        "{Units} subject-timepoints ({Samples} samples) written, {Reused} reused, {Issues} left out; {Seconds:F1} s")]
    private static partial void LogFinished(ILogger logger, string folder, int units, int samples, int reused,
        int issues, double seconds);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "{Message}")]
    private static partial void LogLeftOut(ILogger logger, string message);
}
