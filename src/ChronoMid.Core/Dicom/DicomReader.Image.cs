using System.Buffers;

namespace ChronoMid.Dicom;

/// <summary>One-step reads of an image's values that read the pixel bytes once, through a pooled buffer,
/// straight into the converted output.</summary>
public static partial class DicomReader
{
    /// <summary>Reads a file's header and its modality values (stored × slope + intercept) as floats.</summary>
    /// <remarks>For uncompressed syntaxes the pixel bytes go through a pooled buffer, so the only large
    /// allocation is the returned array; elements after Pixel Data are not parsed. Deflated and RLE files
    /// take a full read.</remarks>
    /// <param name="path">The file to read.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The header and values.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or an option is out of range.</exception>
    /// <exception cref="DicomFormatException">The file is not valid DICOM or its pixels cannot be decoded.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DicomImage ReadImage(string path, DicomReadOptions? options = null) =>
        WithPath(path, stream =>
        {
            var header = ReadHeaderForPixels(stream, options, path);
            var layout = DicomPixelLayout.From(header);
            var file = Prepare(stream, header, layout, options);
            var values = GC.AllocateUninitializedArray<float>(layout.SampleCount);
            var sink = new SingleModalitySink(values, layout.Slope, layout.Intercept);
            DecodeInto(stream, file, layout, ref sink);
            return new DicomImage(file, values, layout.Rows, layout.Columns, layout.Frames);
        }, path);

    /// <summary>Reads a file's modality values into a caller-provided span and returns its header.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="destination">At least Rows × Columns × Frames values long.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The header (header-only for uncompressed files).</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, <paramref name="destination"/> is too
    /// short, or an option is out of range.</exception>
    /// <exception cref="DicomFormatException">The file is not valid DICOM or its pixels cannot be decoded.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static DicomFile ReadModalityValues(string path, Span<float> destination, DicomReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        try
        {
            var header = ReadHeaderForPixels(stream, options, path);
            var layout = DicomPixelLayout.From(header);
            if (destination.Length < layout.SampleCount)
            {
                throw new ArgumentException($"The destination holds {destination.Length} values; {path} needs " +
                    $"{layout.SampleCount} ({layout.Rows} x {layout.Columns} x {layout.Frames}).", nameof(destination));
            }

            var file = Prepare(stream, header, layout, options);
            var sink = new SingleModalitySink(destination, layout.Slope, layout.Intercept);
            DecodeInto(stream, file, layout, ref sink);
            return file;
        }
        catch (DicomFormatException e)
        {
            throw e.WithFilePath(path);
        }
    }

    private static DicomFile ReadHeaderForPixels(Stream stream, DicomReadOptions? options, string path)
    {
        options ??= new DicomReadOptions();
        options.Validate();
        var header = ReadHeaderCore(stream, options, path).File;
        header.FilePath = path;
        return header;
    }

    /// <summary>Checks that the pixels can be decoded before any output is allocated: for uncompressed data
    /// from the header alone, otherwise by a full read. Returns the header or the fully read file.</summary>
    private static DicomFile Prepare(Stream stream, DicomFile header, in DicomPixelLayout layout,
        DicomReadOptions? options)
    {
        var syntax = header.TransferSyntax;
        var element = header.PixelData;
        if (!syntax.IsPixelDataSupported)
        {
            throw DicomPixelDecoder.UnsupportedSyntax(syntax, header.FilePath);
        }

        if (element is null || element.Length < 0 || syntax.IsDeflated || syntax.IsEncapsulated
            || header.PixelDataValueOffset is not { } valueOffset)
        {
            stream.Position = 0;
            var full = Read(stream, options);
            full.FilePath = header.FilePath;
            DicomPixelDecoder.CheckDecodable(full, layout);
            return full;
        }

        if (element.Length >= 0x80000000)
        {
            throw new DicomFormatException(DicomErrorKind.InvalidLength,
                $"declared Pixel Data length 0x{element.Length:X8} ({element.Length} bytes) is not a valid length: " +
                "lengths must be below 0x80000000. The file is corrupt.", header.FilePath, element.Offset,
                element.Tag);
        }

        var available = stream.Length - valueOffset;
        if (element.Length > available)
        {
            throw new DicomFormatException(DicomErrorKind.Truncated,
                $"expected the {element.Length}-byte Pixel Data value, but the input ends after " +
                $"{Math.Max(0, available)} bytes. The file was cut short; copy it again from its source.",
                header.FilePath, valueOffset, element.Tag);
        }

        var needed = (long)layout.SampleCount * layout.BytesPerSample;
        if (element.Length < needed)
        {
            throw DicomPixelDecoder.SizeMismatch(needed, element.Length, layout, header.FilePath, element.Offset);
        }

        return header;
    }

    private static void DecodeInto<TSink>(Stream stream, DicomFile file, in DicomPixelLayout layout, ref TSink sink)
        where TSink : IDicomPixelSink, allows ref struct
    {
        if (!file.IsHeaderOnly)
        {
            DicomPixelDecoder.Decode(file, layout, ref sink);
            return;
        }

        var element = file.PixelData!;
        var needed = (int)Math.Min(element.Length, (long)layout.SampleCount * layout.BytesPerSample + 1);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 1));
        try
        {
            stream.Position = file.PixelDataValueOffset!.Value;
            stream.ReadExactly(buffer, 0, needed);
            DicomPixelDecoder.DecodeNative(buffer.AsSpan(0, needed), layout, file.TransferSyntax.IsBigEndian,
                element.VR == DicomVR.OW, ref sink, 0, layout.SampleCount, file.FilePath, element.Offset);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
