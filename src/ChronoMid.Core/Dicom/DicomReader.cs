namespace ChronoMid.Dicom;

/// <summary>
/// Reads DICOM Part 10 files and bare data sets: a full read (header and pixels), a header-only read that
/// stops before Pixel Data, and a one-step read of an image's modality values.
/// </summary>
/// <remarks>Every problem with the input is reported as a <see cref="DicomFormatException"/>; file-system
/// problems (missing file, no permission) surface as the usual <see cref="IOException"/> family.</remarks>
public static partial class DicomReader
{
    /// <summary>Reads a whole file: header, Pixel Data and any elements after it.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The parsed file, pixels included.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an option is out of range.</exception>
    /// <exception cref="DicomFormatException">The file is not valid DICOM; see
    /// <see cref="DicomFormatException.Kind"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The file is 2 GiB or larger.</exception>
    public static DicomFile Read(string path, DicomReadOptions? options = null) =>
        WithPath(path, stream => Read(stream, options), path);

    /// <summary>Reads a whole data set from a stream, from its current position to its end.</summary>
    /// <param name="stream">The stream to read; it is not closed.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The parsed file, pixels included; its <see cref="DicomFile.FilePath"/> is
    /// <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="DicomFormatException">The data is not valid DICOM.</exception>
    /// <exception cref="NotSupportedException">The data is 2 GiB or larger.</exception>
    public static DicomFile Read(Stream stream, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new DicomReadOptions();
        options.Validate();
        var data = ReadToEnd(stream);
        return Parse(data, complete: true, headerOnly: false, options, path: null);
    }

    /// <summary>Reads a file's header and stops at the top-level Pixel Data element without reading its
    /// value from disk: the fast way to scan a large study.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The parsed header; <see cref="DicomFile.IsHeaderOnly"/> is <see langword="true"/> and pixel
    /// access throws <see cref="InvalidOperationException"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an option is out of range.</exception>
    /// <exception cref="DicomFormatException">The header is not valid DICOM.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DicomFile ReadHeader(string path, DicomReadOptions? options = null) =>
        WithPath(path, stream => ReadHeader(stream, options), path);

    /// <summary>Reads a header from a stream and stops at the top-level Pixel Data element.</summary>
    /// <param name="stream">The stream to read; it is not closed, and its position is left past the header.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The parsed header, without pixels.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="DicomFormatException">The header is not valid DICOM.</exception>
    public static DicomFile ReadHeader(Stream stream, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new DicomReadOptions();
        options.Validate();
        return ReadHeaderCore(stream, options, path: null).File;
    }

    private static T WithPath<T>(string path, Func<Stream, T> read, string displayPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1,
            FileOptions.SequentialScan);
        try
        {
            var result = read(stream);
            if (result is DicomFile file)
            {
                file.FilePath = displayPath;
            }

            return result;
        }
        catch (DicomFormatException e)
        {
            throw e.WithFilePath(displayPath);
        }
    }

    private static ReadOnlyMemory<byte> ReadToEnd(Stream stream)
    {
        if (stream.CanSeek)
        {
            var remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining >= Array.MaxLength)
            {
                throw new NotSupportedException(
                    $"The input holds {remaining} bytes; ChronoMid reads DICOM files below 2 GiB only.");
            }

            var buffer = GC.AllocateUninitializedArray<byte>((int)remaining);
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer.AsMemory(0, read);
        }

        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.TryGetBuffer(out var segment) ? segment.AsMemory() : copy.ToArray();
    }

    private static (DicomFile File, int Consumed) ReadHeaderCore(Stream stream, DicomReadOptions options,
        string? path)
    {
        var cap = stream.CanSeek ? Math.Min(Array.MaxLength, Math.Max(0, stream.Length - stream.Position))
            : Array.MaxLength;
        var buffer = new byte[(int)Math.Min(cap, options.InitialHeaderBytes)];
        var filled = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var atEnd = filled < buffer.Length || filled == cap;
        while (true)
        {
            try
            {
                var file = Parse(buffer.AsMemory(0, filled), atEnd, headerOnly: true, options, path);
                return (file, filled);
            }
            catch (DicomNeedMoreDataException) when (!atEnd)
            {
                var size = (int)Math.Min(cap, (long)buffer.Length * 4);
                Array.Resize(ref buffer, size);
                filled += stream.ReadAtLeast(buffer.AsSpan(filled), size - filled, throwOnEndOfStream: false);
                atEnd = filled < size || filled == cap;
            }
        }
    }
}
