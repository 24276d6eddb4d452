using System.Text;

namespace ChronoMid.IO;

/// <summary>
/// Writes a whole file so that readers see either the old file or the complete new one, never a part: the
/// content goes to a temporary file beside the target (<c>NAME.tmp-GUID</c>), is flushed to disk, and is renamed
/// over the target. A failure or a disposal before <see cref="Commit"/> deletes the temporary file. The folder
/// must exist: a missing folder is an error, not something to create silently.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private bool _done;

    private AtomicFile(string path, int bufferSize)
    {
        _path = Path.GetFullPath(path);
        _temporary = $"{_path}.tmp-{Guid.NewGuid():N}";
        _stream = new FileStream(_temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize);
    }

    /// <summary>Gets the stream the new content is written to.</summary>
    public Stream Stream => _stream;

    /// <summary>Starts writing a file.</summary>
    public static AtomicFile Create(string path, int bufferSize = 4096) => new(path, bufferSize);

    /// <summary>Writes bytes as the whole content of a file.</summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = Create(path);
        file.Stream.Write(bytes);
        file.Commit();
    }

    /// <summary>Writes text, UTF-8 without a byte-order mark, as the whole content of a file.</summary>
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    /// <summary>Flushes the content to disk and renames it over the target.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        _stream.Flush(flushToDisk: true);
        _stream.Dispose();
        File.Move(_temporary, _path, overwrite: true);
        _done = true;
    }

    /// <summary>Deletes the temporary file unless the content was committed.</summary>
    public void Dispose()
    {
        _stream.Dispose();
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            File.Delete(_temporary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Disposal runs while the write's own error unwinds; that error matters more than a leftover file.
        }
    }
}
