using System.Security.Cryptography;

namespace ChronoMid.Data;

/// <summary>
/// A complete sample cache opened for reading: every unit's data file memory-mapped, so that a data set far
/// larger than RAM is paged in as samples are read. Safe for concurrent reads.
/// </summary>
public sealed class SampleCache : IDisposable
{
    private readonly MappedUnit?[] _mapped;
    private readonly Lock _gate = new();
    private bool _disposed;

    private SampleCache(string folder, CacheManifest manifest)
    {
        Folder = folder;
        Manifest = manifest;
        _mapped = new MappedUnit?[manifest.Units.Count];
    }

    /// <summary>Gets the cache folder.</summary>
    public string Folder { get; }

    /// <summary>Gets the manifest: layout, settings and units.</summary>
    public CacheManifest Manifest { get; }

    /// <summary>Gets the shape every sample shares.</summary>
    public CacheLayout Layout => Manifest.Layout;

    /// <summary>Tells whether a folder holds a complete cache (its manifest exists).</summary>
    /// <param name="folder">The cache folder.</param>
    /// <returns><see langword="true"/> when the manifest exists.</returns>
    public static bool IsComplete(string folder) => File.Exists(Path.Combine(folder, CacheManifest.FileName));

    /// <summary>Opens a complete cache, checking that every data file is present and of the right size.</summary>
    /// <param name="folder">The cache folder.</param>
    /// <returns>The cache.</returns>
    /// <exception cref="CacheFormatException">
    /// The cache is incomplete (no manifest), of another format version, or a data file is missing or of the wrong
    /// size.
    /// </exception>
    public static SampleCache Open(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var manifestPath = Path.Combine(folder, CacheManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new CacheFormatException($"{folder} holds no complete cache ({CacheManifest.FileName} is " +
                "missing): it was interrupted or never written. Preprocess again to resume it.", manifestPath);
        }

        var manifest = CacheJson.Read<CacheManifest>(manifestPath);
        if (manifest.FormatVersion != CacheManifest.CurrentFormatVersion)
        {
            throw new CacheFormatException($"{manifestPath} is cache format {manifest.FormatVersion}; this version " +
                $"of ChronoMid reads format {CacheManifest.CurrentFormatVersion}. Delete the folder and preprocess " +
                "again.", manifestPath);
        }

        foreach (var unit in manifest.Units)
        {
            var path = DataPath(folder, unit);
            var expected = unit.Samples.Count * manifest.Layout.BytesPerSample;
            var actual = File.Exists(path) ? new FileInfo(path).Length : -1;
            if (actual != expected)
            {
                throw new CacheFormatException($"{path} (subject {unit.Subject}, week {unit.Week}) should hold " +
                    $"{expected} bytes but {(actual < 0 ? "is missing" : $"holds {actual}")}. The cache is damaged; " +
                    "delete the folder and preprocess again.", path);
            }
        }

        return new SampleCache(folder, manifest);
    }

    /// <summary>Copies one sample's values (its channels one after another, each row-major) into a buffer.</summary>
    /// <param name="unitIndex">The unit's index in <see cref="CacheManifest.Units"/>.</param>
    /// <param name="sampleIndex">The sample's index within the unit.</param>
    /// <param name="destination">At least <see cref="CacheLayout.ValuesPerSample"/> values.</param>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range or the buffer is too small.</exception>
    public unsafe void CopySample(int unitIndex, int sampleIndex, Span<float> destination)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(unitIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unitIndex, Manifest.Units.Count);
        var unit = Manifest.Units[unitIndex];
        ArgumentOutOfRangeException.ThrowIfNegative(sampleIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sampleIndex, unit.Samples.Count);
        var count = checked((int)Layout.ValuesPerSample);
        ArgumentOutOfRangeException.ThrowIfLessThan(destination.Length, count, nameof(destination));

        var mapped = Map(unitIndex);
        var source = new ReadOnlySpan<float>(mapped.Pointer + (sampleIndex * Layout.BytesPerSample), count);
        source.CopyTo(destination);
    }

    /// <summary>Reads every data file again and compares it with the checksum recorded when it was written.</summary>
    /// <param name="progress">Receives the number of units checked so far; optional.</param>
    /// <param name="cancellationToken">Stops the check between units.</param>
    /// <returns>The units whose data no longer match their checksum; empty when the cache is intact.</returns>
    public IReadOnlyList<CachedUnit> Verify(
        IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var damaged = new List<CachedUnit>();
        for (var i = 0; i < Manifest.Units.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unit = Manifest.Units[i];
            using var stream = File.OpenRead(DataPath(Folder, unit));
            if (Convert.ToHexStringLower(SHA256.HashData(stream)) != unit.Sha256)
            {
                damaged.Add(unit);
            }

            progress?.Report(i + 1);
        }

        return damaged;
    }

    /// <summary>Unmaps every data file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var mapped in _mapped)
            {
                mapped?.Dispose();
            }

            Array.Clear(_mapped);
        }
    }

    private static string DataPath(string folder, CachedUnit unit) =>
        Path.Combine(folder, SampleCacheWriter.UnitsFolder, unit.FileName);

    private MappedUnit Map(int unitIndex)
    {
        if (Volatile.Read(ref _mapped[unitIndex]) is { } existing)
        {
            return existing;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _mapped[unitIndex] ??= new MappedUnit(DataPath(Folder, Manifest.Units[unitIndex]));
        }
    }
}
