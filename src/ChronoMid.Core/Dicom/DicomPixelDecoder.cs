using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace ChronoMid.Dicom;

/// <summary>Turns Pixel Data bytes into stored values (mask to Bits Stored, sign-extend) for a sink.</summary>
internal static partial class DicomPixelDecoder
{
    /// <summary>Checks, before any output is allocated, that the pixels can be decoded and that Pixel Data
    /// holds enough bytes for the image the header describes.</summary>
    public static DicomElement CheckDecodable(DicomFile file, in DicomPixelLayout layout)
    {
        if (file.IsHeaderOnly)
        {
            throw new InvalidOperationException(
                "This DicomFile came from a header-only read and holds no pixel bytes; read it with " +
                "DicomReader.Read or DicomReader.ReadImage to access pixels.");
        }

        var syntax = file.TransferSyntax;
        if (!syntax.IsPixelDataSupported)
        {
            throw UnsupportedSyntax(syntax, file.FilePath);
        }

        var element = file.PixelData ?? throw new DicomFormatException(DicomErrorKind.Malformed,
            "expected a top-level Pixel Data element (7FE0,0010), found none.", file.FilePath);
        long needed = (long)layout.SampleCount * layout.BytesPerSample;
        if (syntax.Pixels == DicomTransferSyntax.PixelEncoding.Rle)
        {
            // A PackBits run turns 2 input bytes into at most 128 output bytes.
            var compressed = element.Fragments?.Skip(1).Sum(f => (long)f.Data.Length) ?? 0;
            if (element.Fragments is not null && needed > compressed * 64 + 64)
            {
                throw new DicomFormatException(DicomErrorKind.Malformed,
                    $"{compressed} bytes of RLE fragments cannot hold the {needed} bytes of {layout.Rows} x " +
                    $"{layout.Columns} x {layout.Frames} samples; the header or the pixels are corrupt.",
                    file.FilePath, element.Offset, element.Tag);
            }
        }
        else if (element.Fragments is null && element.RawValue.Length < needed)
        {
            throw SizeMismatch(needed, element.RawValue.Length, layout, file.FilePath, element.Offset);
        }

        return element;
    }

    public static void Decode<TSink>(DicomFile file, in DicomPixelLayout layout, ref TSink sink)
        where TSink : IDicomPixelSink, allows ref struct
    {
        var element = CheckDecodable(file, layout);
        var syntax = file.TransferSyntax;
        if (syntax.Pixels == DicomTransferSyntax.PixelEncoding.Rle)
        {
            if (element.Fragments is null)
            {
                throw new DicomFormatException(DicomErrorKind.Malformed,
                    "expected encapsulated Pixel Data (undefined length, fragments) for RLE Lossless, found a " +
                    $"plain value of {element.Length} bytes.", file.FilePath, element.Offset, element.Tag);
            }

            DecodeRle(element, layout, file.FilePath, ref sink);
            return;
        }

        if (element.Fragments is not null)
        {
            throw new DicomFormatException(DicomErrorKind.Malformed,
                $"expected native Pixel Data for {syntax.Name}, found encapsulated fragments.", file.FilePath,
                element.Offset, element.Tag);
        }

        DecodeNative(element.RawValue.Span, layout, syntax.IsBigEndian, element.VR == DicomVR.OW, ref sink, 0,
            layout.SampleCount, file.FilePath, element.Offset);
    }

    public static DicomFormatException SizeMismatch(long needed, long found, in DicomPixelLayout layout,
        string? path, long? offset) =>
        new(DicomErrorKind.PixelDataSizeMismatch,
            $"expected at least {needed} bytes of Pixel Data ({layout.Rows} rows x {layout.Columns} columns x " +
            $"{layout.Frames} frames x {layout.BitsAllocated / 8} bytes), found {found}. The image description " +
            "and the pixels disagree; the file is damaged.", path, offset, DicomTags.PixelData);

    public static DicomFormatException UnsupportedSyntax(DicomTransferSyntax syntax, string? path) =>
        new(DicomErrorKind.UnsupportedTransferSyntax,
            $"pixel data in {syntax.Name} ({syntax.Uid}) cannot be decoded by ChronoMid, which reads " +
            "uncompressed (implicit/explicit VR little endian, explicit VR big endian, deflated) and RLE " +
            "Lossless pixels. Convert the file first, for example with DCMTK 'dcmdjpeg in.dcm out.dcm' or GDCM " +
            "'gdcmconv --raw in.dcm out.dcm'.", path);

    /// <summary>Decodes <paramref name="count"/> native samples starting at sink index
    /// <paramref name="first"/>.</summary>
    public static void DecodeNative<TSink>(ReadOnlySpan<byte> source, in DicomPixelLayout layout, bool bigEndian,
        bool isOW, ref TSink sink, int first, int count, string? path, long? offset)
        where TSink : IDicomPixelSink, allows ref struct
    {
        long needed = (long)count * layout.BytesPerSample;
        if (source.Length < needed)
        {
            throw SizeMismatch(needed, source.Length, layout, path, offset);
        }

        var shift = layout.HighBit + 1 - layout.BitsStored;
        var mask = (1 << layout.BitsStored) - 1;
        var sign = layout.Signed ? 1 << (layout.BitsStored - 1) : 0;
        if (layout.BitsAllocated == 16)
        {
            var words = MemoryMarshal.Cast<byte, ushort>(source[..(int)needed]);
            var swap = bigEndian == BitConverter.IsLittleEndian;
            for (var i = 0; i < words.Length; i++)
            {
                int u = swap ? BinaryPrimitives.ReverseEndianness(words[i]) : words[i];
                var v = (u >> shift) & mask;
                sink.Put(first + i, (v ^ sign) - sign);
            }

            return;
        }

        // 8-bit samples written as OW in big endian sit in byte-swapped pairs; OB and little endian do not.
        var pairSwap = bigEndian && isOW ? 1 : 0;
        if (pairSwap == 1 && source.Length < needed + (needed & 1))
        {
            pairSwap = 0;
        }

        for (var i = 0; i < count; i++)
        {
            int u = source[i ^ pairSwap];
            var v = (u >> shift) & mask;
            sink.Put(first + i, (v ^ sign) - sign);
        }
    }
}
