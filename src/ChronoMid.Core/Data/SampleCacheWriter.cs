using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChronoMid.Data;

/// <summary>
/// Writes a sample cache one subject-timepoint at a time, so that memory stays bounded however large the study,
/// and resumes an interrupted cache instead of starting over. Units may be written from several threads at once.
/// </summary>
/// <remarks>
/// Each unit's data file is written under a temporary name, flushed to disk and renamed; its description is then
/// written the same way. A unit whose description exists is complete. The manifest, written last by
/// <see cref="Complete"/>, marks the whole cache complete, so a cache that was killed or ran out of disk is never
/// read as if it were whole: <see cref="SampleCache.Open"/> refuses it, and a new writer on the same folder keeps
/// its complete units and rewrites the rest.
/// </remarks>
public sealed partial class SampleCacheWriter
{
    internal const string UnitsFolder = "units";

    private readonly Dictionary<(string Subject, int Week), CachedUnit> _complete = [];
    private readonly Lock _gate = new();
    private readonly ILogger _logger;

    private SampleCacheWriter(string folder, string key, CacheLayout layout,
        IReadOnlyDictionary<string, string> settings, ILogger logger)
    {
        Folder = folder;
        Key = key;
        Layout = layout;
        Settings = settings;
        _logger = logger;
    }

    /// <summary>Gets the cache folder.</summary>
    public string Folder { get; }

    /// <summary>Gets the cache key the folder is written for.</summary>
    public string Key { get; }

    /// <summary>Gets the shape every sample shares.</summary>
    public CacheLayout Layout { get; }

    /// <summary>Gets the preprocessing settings recorded in the manifest.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Gets the number of units already complete, including those kept from an interrupted run.</summary>
    public int CompleteUnitCount
    {
        get
        {
            lock (_gate)
            {
                return _complete.Count;
            }
        }
    }

    /// <summary>Starts a cache in a folder, or resumes the interrupted cache already there.</summary>
    /// <param name="folder">The cache folder; created when missing.</param>
    /// <param name="key">The cache key from <see cref="SampleCacheKey.Compute"/>.</param>
    /// <param name="layout">The shape every sample shares.</param>
    /// <param name="settings">The preprocessing settings to record.</param>
    /// <param name="logger">Where to log what was kept and discarded; none by default.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="CacheFormatException">The folder holds a complete cache or one with another key.</exception>
    /// <exception cref="ArgumentException">The layout has no channels or a non-positive size.</exception>
    public static SampleCacheWriter Start(string folder, string key, CacheLayout layout,
        IReadOnlyDictionary<string, string> settings, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(settings);
        if (layout.Channels.Count == 0 || layout.Rows <= 0 || layout.Columns <= 0)
        {
            throw new ArgumentException(
                $"Expected at least one channel and a positive canvas; got {layout.Channels.Count} channels of " +
                $"{layout.Rows} × {layout.Columns} pixels.", nameof(layout));
        }

        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The sample cache stores little-endian float32 values and " +
                "is written only on little-endian machines.");
        }

        var manifestPath = Path.Combine(folder, CacheManifest.FileName);
        if (File.Exists(manifestPath))
        {
            throw new CacheFormatException($"{folder} already holds a complete cache; open it with " +
                "SampleCache.Open, or delete the folder to write it again.", manifestPath);
        }

        Directory.CreateDirectory(Path.Combine(folder, UnitsFolder));
        var writer = new SampleCacheWriter(folder, key, layout, settings, logger ?? NullLogger.Instance);
        writer.WriteIdentity();
        writer.KeepCompleteUnits();
        return writer;
    }

    /// <summary>
    /// Tells whether a subject-timepoint is already complete (for example kept from an interrupted run).
    /// </summary>
    /// <param name="subject">The subject identifier.</param>
    /// <param name="week">The week.</param>
    /// <returns><see langword="true"/> when the unit need not be written again.</returns>
    public bool HasUnit(string subject, int week)
    {
        lock (_gate)
        {
            return _complete.ContainsKey((subject, week));
        }
    }

    /// <summary>Begins writing one subject-timepoint; commit it with <see cref="UnitWriter.Commit"/>.</summary>
    /// <param name="subject">The subject identifier.</param>
    /// <param name="week">The week.</param>
    /// <param name="label">The subject's class label.</param>
    /// <returns>The unit writer; disposing it without committing discards the unit.</returns>
    /// <exception cref="InvalidOperationException">The unit is already complete.</exception>
    public UnitWriter BeginUnit(string subject, int week, string label)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(label);
        if (HasUnit(subject, week))
        {
            throw new InvalidOperationException(
                $"Subject '{subject}', week {week} is already in the cache; check HasUnit before writing it.");
        }

        return new UnitWriter(this, subject, week, label, UnitFileStem(subject, week));
    }

    /// <summary>Writes the manifest that marks the cache complete.</summary>
    /// <returns>The manifest written.</returns>
    public CacheManifest Complete()
    {
        CachedUnit[] units;
        lock (_gate)
        {
            units = [.. _complete.Values];
        }

        units = units
            .OrderBy(unit => unit.Subject, StringComparer.Ordinal).ThenBy(unit => unit.Week).ToArray();
        var manifest = new CacheManifest(CacheManifest.CurrentFormatVersion, Key, Layout, Settings, units);
        CacheJson.WriteAtomically(Path.Combine(Folder, CacheManifest.FileName), manifest);
        LogCompleted(_logger, Folder, units.Length, manifest.SampleCount);
        return manifest;
    }

    internal void Accept(CachedUnit unit)
    {
        lock (_gate)
        {
            _complete[(unit.Subject, unit.Week)] = unit;
        }
    }

    private static string UnitFileStem(string subject, int week)
    {
        var safe = new StringBuilder(subject.Length);
        foreach (var c in subject)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_');
        }

        // The hash keeps names distinct when two subjects differ only in characters replaced above.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(subject)).AsSpan(0, 4));
        return $"{safe}-{hash}-w{week:D3}";
    }

    private void WriteIdentity()
    {
        var identityPath = Path.Combine(Folder, "key.json");
        if (File.Exists(identityPath))
        {
            var existing = CacheJson.Read<CacheIdentity>(identityPath);
            if (existing.Key != Key || !existing.Layout.Channels.SequenceEqual(Layout.Channels) ||
                existing.Layout.Rows != Layout.Rows || existing.Layout.Columns != Layout.Columns)
            {
                throw new CacheFormatException($"{Folder} holds an interrupted cache with key {existing.Key} " +
                    $"({existing.Layout.Rows} × {existing.Layout.Columns}); expected key {Key} ({Layout.Rows} × " +
                    $"{Layout.Columns}). Use a folder per key, or delete this one.", identityPath);
            }

            return;
        }

        CacheJson.WriteAtomically(identityPath, new CacheIdentity(Key, Layout));
    }

    private void KeepCompleteUnits()
    {
        var unitsFolder = Path.Combine(Folder, UnitsFolder);
        foreach (var temporary in Directory.EnumerateFiles(unitsFolder, "*.tmp")
                     .Concat(Directory.EnumerateFiles(unitsFolder, "*.tmp-*")))
        {
            File.Delete(temporary);
        }

        foreach (var description in Directory.EnumerateFiles(unitsFolder, "*.json"))
        {
            var unit = CacheJson.Read<CachedUnit>(description);
            var data = Path.Combine(unitsFolder, unit.FileName);
            var expected = unit.Samples.Count * Layout.BytesPerSample;
            if (File.Exists(data) && new FileInfo(data).Length == expected)
            {
                Accept(unit);
            }
            else
            {
                LogDiscarded(_logger, unit.Subject, unit.Week, data);
                File.Delete(description);
            }
        }

        if (_complete.Count > 0)
        {
            LogResumed(_logger, Folder, _complete.Count);
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Resuming the interrupted cache in {Folder}: {Units} subject-timepoints already complete")]
    private static partial void LogResumed(ILogger logger, string folder, int units);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning,
        Message = "Discarding subject {Subject}, week {Week}: its data file {Path} is missing or of the wrong size")]
    private static partial void LogDiscarded(ILogger logger, string subject, int week, string path);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information,
        Message = "Cache {Folder} complete: {Units} subject-timepoints, {Samples} samples")]
    private static partial void LogCompleted(ILogger logger, string folder, int units, int samples);
}
