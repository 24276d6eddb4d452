using System.Buffers;
using System.Buffers.Binary;

namespace ChronoMid.Dicom;

/// <summary>RLE Lossless (PS3.5 Annex G): frames of byte-plane segments, most significant plane first.</summary>
internal static partial class DicomPixelDecoder
{
    private const int RleHeaderLength = 64;

    private static void DecodeRle<TSink>(DicomElement element, in DicomPixelLayout layout, string? path,
        ref TSink sink)
        where TSink : IDicomPixelSink, allows ref struct
    {
        var fragments = element.Fragments!;
        var frames = FramesOf(fragments, layout.Frames, path, element.Offset);
        var frameBytes = layout.FrameSamples * layout.BytesPerSample;
        var native = ArrayPool<byte>.Shared.Rent(frameBytes);
        try
        {
            for (var f = 0; f < layout.Frames; f++)
            {
                var frame = frames[f];
                DecodeRleFrame(frame.Data.Span, layout, native.AsSpan(0, frameBytes), path, frame.Offset, f);
                DecodeNative(native.AsSpan(0, frameBytes), layout, bigEndian: false, isOW: false, ref sink,
                    f * layout.FrameSamples, layout.FrameSamples, path, frame.Offset);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(native);
        }
    }

    /// <summary>Groups fragments into frames: by the basic offset table when it is filled, else one fragment per
    /// frame, else (single frame) all fragments joined.</summary>
    private static List<DicomFragment> FramesOf(IReadOnlyList<DicomFragment> fragments, int frameCount,
        string? path, long offset)
    {
        var data = fragments.Skip(1).ToList();
        if (data.Count == 0)
        {
            throw new DicomFormatException(DicomErrorKind.Malformed,
                "expected at least one RLE fragment after the basic offset table, found none.", path, offset,
                DicomTags.PixelData);
        }

        var table = fragments[0].Data.Span;
        if (table.Length == frameCount * 4 && frameCount > 1)
        {
            var starts = new long[frameCount];
            for (var i = 0; i < frameCount; i++)
            {
                starts[i] = BinaryPrimitives.ReadUInt32LittleEndian(table[(i * 4)..]);
            }

            return Enumerable.Range(0, frameCount).Select(i => Join(data
                .Where(d => d.RelativeOffset >= starts[i] && (i + 1 == frameCount || d.RelativeOffset < starts[i + 1]))
                .ToList(), path, offset)).ToList();
        }

        if (data.Count == frameCount)
        {
            return data;
        }

        if (frameCount == 1)
        {
            return [Join(data, path, offset)];
        }

        throw new DicomFormatException(DicomErrorKind.Malformed,
            $"expected {frameCount} RLE fragments (one per frame) or a basic offset table of {frameCount} entries, " +
            $"found {data.Count} fragments and a {table.Length}-byte table.", path, offset, DicomTags.PixelData);
    }

    private static DicomFragment Join(List<DicomFragment> parts, string? path, long offset)
    {
        if (parts.Count == 1)
        {
            return parts[0];
        }

        if (parts.Count == 0)
        {
            throw new DicomFormatException(DicomErrorKind.Malformed,
                "the basic offset table points at a frame with no fragments.", path, offset, DicomTags.PixelData);
        }

        var joined = new byte[parts.Sum(p => (long)p.Data.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.Data.Span.CopyTo(joined.AsSpan(at));
            at += part.Data.Length;
        }

        return new DicomFragment(parts[0].Offset, parts[0].RelativeOffset, joined);
    }

    /// <summary>Decodes one frame into native little-endian containers.</summary>
    private static void DecodeRleFrame(ReadOnlySpan<byte> frame, in DicomPixelLayout layout, Span<byte> output,
        string? path, long offset, int index)
    {
        var planes = layout.BytesPerSample;
        if (frame.Length < RleHeaderLength)
        {
            throw RleError($"frame {index}: expected a 64-byte RLE header, found {frame.Length} bytes.", path, offset);
        }

        var segments = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        if (segments != planes)
        {
            throw RleError($"frame {index}: expected {planes} RLE segments for {layout.BitsAllocated}-bit " +
                $"grayscale, the header declares {segments}.", path, offset);
        }

        var pixels = layout.FrameSamples;
        for (var s = 0; s < planes; s++)
        {
            var start = BinaryPrimitives.ReadUInt32LittleEndian(frame[(4 + (s * 4))..]);
            var end = s + 1 < planes ? BinaryPrimitives.ReadUInt32LittleEndian(frame[(8 + (s * 4))..])
                : (uint)frame.Length;
            if (start < RleHeaderLength || start > end || end > frame.Length)
            {
                throw RleError($"frame {index}: segment {s} spans bytes {start}..{end}, outside the header's end " +
                    $"(64) to the fragment's end ({frame.Length}).", path, offset);
            }

            // Segment 0 holds the most significant byte; little-endian containers put it last.
            var written = UnpackBits(frame[(int)start..(int)end], output, planes - 1 - s, planes, pixels);
            if (written < pixels)
            {
                throw RleError($"frame {index}: segment {s} decodes to {written} bytes, expected {pixels} " +
                    $"({layout.Rows} x {layout.Columns}).", path, offset);
            }
        }
    }

    /// <summary>PackBits decoding into every <paramref name="stride"/>-th byte, stopping at
    /// <paramref name="limit"/> bytes so that corrupt input can never write past the frame.</summary>
    private static int UnpackBits(ReadOnlySpan<byte> input, Span<byte> output, int lane, int stride, int limit)
    {
        var written = 0;
        var i = 0;
        while (i < input.Length && written < limit)
        {
            var n = (sbyte)input[i++];
            if (n >= 0)
            {
                var count = Math.Min(n + 1, Math.Min(input.Length - i, limit - written));
                for (var k = 0; k < count; k++)
                {
                    output[((written + k) * stride) + lane] = input[i + k];
                }

                i += n + 1;
                written += count;
            }
            else if (n != -128 && i < input.Length)
            {
                var value = input[i++];
                var count = Math.Min(1 - n, limit - written);
                for (var k = 0; k < count; k++)
                {
                    output[((written + k) * stride) + lane] = value;
                }

                written += count;
            }
        }

        return written;
    }

    private static DicomFormatException RleError(string message, string? path, long offset) =>
        new(DicomErrorKind.Malformed, message, path, offset, DicomTags.PixelData);
}
