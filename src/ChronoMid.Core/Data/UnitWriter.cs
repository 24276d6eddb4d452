using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ChronoMid.Data;

/// <summary>
/// Writes the samples of one subject-timepoint to the cache; nothing becomes visible until
/// <see cref="Commit"/>.
/// </summary>
public sealed class UnitWriter : IDisposable
{
    private readonly SampleCacheWriter _owner;
    private readonly string _dataPath;
    private readonly string _temporaryPath;
    private readonly FileStream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<CachedSample> _samples = [];
    private bool _committed;

    internal UnitWriter(SampleCacheWriter owner, string subject, int week, string label, string fileStem)
    {
        _owner = owner;
        Subject = subject;
        Week = week;
        Label = label;
        FileStem = fileStem;
        _dataPath = Path.Combine(owner.Folder, SampleCacheWriter.UnitsFolder, fileStem + ".bin");
        _temporaryPath = _dataPath + ".tmp";
        _stream = new FileStream(_temporaryPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>Gets the subject identifier.</summary>
    public string Subject { get; }

    /// <summary>Gets the week.</summary>
    public int Week { get; }

    /// <summary>Gets the subject's class label.</summary>
    public string Label { get; }

    /// <summary>Gets the number of samples appended so far.</summary>
    public int Count => _samples.Count;

    private string FileStem { get; }

    /// <summary>Appends one sample: its channels one after another, each row-major.</summary>
    /// <param name="sample">What to record about the sample.</param>
    /// <param name="values">Exactly <see cref="CacheLayout.ValuesPerSample"/> float32 values.</param>
    /// <exception cref="ArgumentException">The number of values does not match the layout.</exception>
    /// <exception cref="IOException">The disk is full or failed; the unit is discarded when disposed.</exception>
    public void Append(CachedSample sample, ReadOnlySpan<float> values)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ObjectDisposedException.ThrowIf(_committed, this);
        var layout = _owner.Layout;
        if (values.Length != layout.ValuesPerSample)
        {
            throw new ArgumentException(
                $"Expected {layout.ValuesPerSample} values ({layout.Channels.Count} channels of {layout.Rows} × " +
                $"{layout.Columns}), got {values.Length}.", nameof(values));
        }

        var bytes = MemoryMarshal.AsBytes(values);
        _stream.Write(bytes);
        _hash.AppendData(bytes);
        _samples.Add(sample);
    }

    /// <summary>Flushes the unit to disk and makes it part of the cache.</summary>
    /// <returns>The unit's description.</returns>
    /// <exception cref="IOException">The disk is full or failed; the unit is discarded.</exception>
    /// <exception cref="InvalidOperationException">No sample was appended.</exception>
    public CachedUnit Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        if (_samples.Count == 0)
        {
            throw new InvalidOperationException(
                $"Subject '{Subject}', week {Week} has no samples; a unit needs at least one. Skip the unit instead.");
        }

        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_temporaryPath, _dataPath, overwrite: true);
        var unit = new CachedUnit(Subject, Week, Label, Path.GetFileName(_dataPath),
            Convert.ToHexStringLower(_hash.GetHashAndReset()), _samples.ToArray());
        CacheJson.WriteAtomically(Path.Combine(Path.GetDirectoryName(_dataPath)!, FileStem + ".json"), unit);
        _committed = true;
        _owner.Accept(unit);
        return unit;
    }

    /// <summary>Discards the unit unless it was committed.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        _hash.Dispose();
        if (!_committed)
        {
            File.Delete(_temporaryPath);
            _committed = true;
        }
    }
}
