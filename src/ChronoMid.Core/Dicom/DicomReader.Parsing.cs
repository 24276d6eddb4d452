using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace ChronoMid.Dicom;

/// <summary>From bytes to a <see cref="DicomFile"/>: preamble, File Meta, syntax inference, deflate.</summary>
public static partial class DicomReader
{
    private const int PreambleLength = 128;

    private static DicomFile Parse(ReadOnlyMemory<byte> data, bool complete, bool headerOnly,
        DicomReadOptions options, string? path)
    {
        var span = data.Span;
        if (!complete && data.Length < PreambleLength + 4)
        {
            throw new DicomNeedMoreDataException();
        }

        var hasPreamble = data.Length >= PreambleLength + 4 && span.Slice(PreambleLength, 4).SequenceEqual("DICM"u8);
        var parser = new DicomParser(data, 0, complete, options.MaxSequenceDepth);
        var pos = hasPreamble ? PreambleLength + 4 : 0;
        if (!hasPreamble)
        {
            CheckLooksLikeDataset(span, complete);
        }

        var meta = new DicomDataset([]);
        if (pos + 2 <= data.Length && BinaryPrimitives.ReadUInt16LittleEndian(span[pos..]) == 0x0002)
        {
            meta = parser.ParseFileMeta(pos);
            pos = parser.Position;
        }

        var uid = meta.GetString(DicomTags.TransferSyntaxUid);
        var inferred = uid is null || uid.Length == 0;
        var syntax = inferred ? InferSyntax(span[pos..], complete) : DicomTransferSyntax.Lookup(uid!);
        var state = new DicomSyntaxState(syntax.IsExplicitVR, syntax.IsBigEndian);
        DicomDataset dataset;
        DicomElement? pixelHeader;
        if (syntax.IsDeflated)
        {
            if (!complete)
            {
                throw new DicomNeedMoreDataException();
            }

            var inflated = Inflate(data[pos..], pos, options.MaxInflatedBytes);
            var inner = new DicomParser(inflated, pos, complete: true, options.MaxSequenceDepth);
            dataset = inner.ParseDataset(0, state, headerOnly);
            pixelHeader = inner.StoppedAtPixelData;
        }
        else
        {
            try
            {
                dataset = parser.ParseDataset(pos, state, headerOnly);
            }
            catch (DicomFormatException e) when (!hasPreamble && meta.Elements.Count == 0 && e.Offset == pos)
            {
                throw new DicomFormatException(DicomErrorKind.NotDicom,
                    "the input has no 'DICM' marker at byte offset 128 and its first element does not parse " +
                    $"as a data set ({e.Detail}). Is this a DICOM file?", path, e.Offset, e.Tag, e);
            }

            pixelHeader = parser.StoppedAtPixelData;
        }

        return new DicomFile(meta, dataset, syntax, hasPreamble, headerOnly, path)
        {
            IsSyntaxInferred = inferred,
            PixelDataValueOffset = pixelHeader is null ? null
                : pixelHeader.Offset + (syntax.IsExplicitVR ? 12 : 8),
        };
    }

    /// <summary>Rejects input without a preamble whose first element is not plausibly DICOM.</summary>
    private static void CheckLooksLikeDataset(ReadOnlySpan<byte> span, bool complete)
    {
        if (span.Length < 8)
        {
            throw new DicomFormatException(DicomErrorKind.NotDicom,
                $"expected a 128-byte preamble and 'DICM', or a data set; the input holds only {span.Length} " +
                "bytes. Is this a DICOM file?", offset: 0);
        }

        var group = BinaryPrimitives.ReadUInt16LittleEndian(span);
        var explicitVR = DicomVRInfo.Parse(span[4], span[5]) != DicomVR.None;
        var plausibleLength = explicitVR || !complete
            || BinaryPrimitives.ReadUInt32LittleEndian(span[4..]) <= (uint)(span.Length - 8);
        if (group is < 0x0002 or > 0x0028 || (group & 1) == 1 || !plausibleLength)
        {
            throw new DicomFormatException(DicomErrorKind.NotDicom,
                "expected 'DICM' at byte offset 128, or a data set starting with a group 0002-0028 tag; found " +
                $"neither (first group 0x{group:X4}). Is this a DICOM file?", offset: 0);
        }
    }

    /// <summary>Infers implicit or explicit VR little endian from the first element's bytes 4-5.</summary>
    private static DicomTransferSyntax InferSyntax(ReadOnlySpan<byte> first, bool complete)
    {
        if (first.Length < 6 && !complete)
        {
            throw new DicomNeedMoreDataException();
        }

        return first.Length >= 6 && DicomVRInfo.Parse(first[4], first[5]) != DicomVR.None
            ? DicomTransferSyntax.ExplicitVRLittleEndian
            : DicomTransferSyntax.ImplicitVRLittleEndian;
    }

    private static ReadOnlyMemory<byte> Inflate(ReadOnlyMemory<byte> compressed, long origin, long limit)
    {
        var source = MemoryMarshal.TryGetArray(compressed, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(compressed.ToArray(), writable: false);
        var output = new MemoryStream((int)Math.Min(Math.Min(limit, Array.MaxLength), compressed.Length * 4L));
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var deflate = new DeflateStream(source, CompressionMode.Decompress);
            int read;
            while ((read = deflate.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > Math.Min(limit, Array.MaxLength))
                {
                    throw new DicomFormatException(DicomErrorKind.Malformed,
                        $"the deflated data set inflates to more than {limit} bytes " +
                        $"(DicomReadOptions.MaxInflatedBytes) from {compressed.Length} compressed bytes; it is " +
                        "corrupt or a deflate bomb. Raise the limit only for a file you trust.", offset: origin);
                }

                output.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new DicomFormatException(DicomErrorKind.Malformed,
                $"expected a raw DEFLATE stream after the File Meta group, found invalid compressed data " +
                $"({e.Message}).", offset: origin, innerException: e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }
}
