using System.Buffers.Binary;

namespace ChronoMid.Dicom;

/// <summary>
/// Parses elements from a byte buffer. Every declared length is checked against the bytes that remain before
/// anything is sliced or allocated. When the buffer is only a prefix of the input, running out of bytes raises
/// <see cref="DicomNeedMoreDataException"/> so that the caller can fetch more and start again.
/// </summary>
internal sealed partial class DicomParser
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private readonly ReadOnlyMemory<byte> _data;
    private readonly long _origin;
    private readonly bool _complete;
    private readonly int _maxDepth;

    /// <param name="data">The bytes to parse.</param>
    /// <param name="origin">The offset of <paramref name="data"/>[0] in the input, for error messages.</param>
    /// <param name="complete">Whether <paramref name="data"/> runs to the end of the input.</param>
    /// <param name="maxDepth">The deepest sequence nesting accepted.</param>
    public DicomParser(ReadOnlyMemory<byte> data, long origin, bool complete, int maxDepth)
    {
        _data = data;
        _origin = origin;
        _complete = complete;
        _maxDepth = maxDepth;
    }

    /// <summary>Gets the position after the last element parsed by <see cref="ParseDataset"/>.</summary>
    public int Position { get; private set; }

    /// <summary>Gets the top-level Pixel Data element met by a header-only parse, value not loaded.</summary>
    public DicomElement? StoppedAtPixelData { get; private set; }

    /// <summary>Parses the File Meta group: explicit VR little endian elements while the group is 0002.</summary>
    public DicomDataset ParseFileMeta(int start)
    {
        var elements = new List<DicomElement>();
        var pos = start;
        var state = DicomSyntaxState.ExplicitLittle;
        while (true)
        {
            if (pos + 4 > _data.Length)
            {
                if (_complete)
                {
                    break;
                }

                throw new DicomNeedMoreDataException();
            }

            if (BinaryPrimitives.ReadUInt16LittleEndian(_data.Span[pos..]) != 0x0002)
            {
                break;
            }

            elements.Add(ParseElement(ref pos, _data.Length, state, depth: 0, stopAtPixelData: false));
        }

        Position = pos;
        return new DicomDataset(elements);
    }

    /// <summary>Parses top-level elements from <paramref name="start"/> to the end of the buffer.</summary>
    public DicomDataset ParseDataset(int start, DicomSyntaxState state, bool stopAtPixelData)
    {
        var elements = new List<DicomElement>();
        var pos = start;
        while (pos < _data.Length || !_complete)
        {
            var element = ParseElement(ref pos, _data.Length, state, depth: 0, stopAtPixelData);
            elements.Add(element);
            if (stopAtPixelData && element.Tag == DicomTags.PixelData)
            {
                StoppedAtPixelData = element;
                break;
            }
        }

        Position = pos;
        return new DicomDataset(elements);
    }

    private DicomElement ParseElement(ref int pos, int end, DicomSyntaxState state, int depth, bool stopAtPixelData)
    {
        var start = pos;
        Require(pos, 8, null, "an 8-byte element header", end);
        var span = _data.Span;
        var tag = ReadTag(span[pos..], state.BigEndian);
        DicomVR vr;
        uint length;
        int headerSize;
        if (tag.Group == 0xFFFE)
        {
            throw Error(DicomErrorKind.Malformed, start, tag,
                $"expected a data element, found the item or delimiter tag {tag} outside a sequence.");
        }

        if (state.ExplicitVR)
        {
            vr = DicomVRInfo.Parse(span[pos + 4], span[pos + 5]);
            if (vr == DicomVR.None)
            {
                throw Error(DicomErrorKind.Malformed, start, tag,
                    $"expected a two-letter VR at byte offset {_origin + pos + 4}, found bytes 0x{span[pos + 4]:X2} " +
                    $"0x{span[pos + 5]:X2}.");
            }

            if (DicomVRInfo.HasLongLength(vr))
            {
                Require(pos, 12, tag, "a 12-byte element header", end);
                length = ReadUInt32(span[(pos + 8)..], state.BigEndian);
                headerSize = 12;
            }
            else
            {
                length = state.BigEndian ? BinaryPrimitives.ReadUInt16BigEndian(span[(pos + 6)..])
                    : BinaryPrimitives.ReadUInt16LittleEndian(span[(pos + 6)..]);
                headerSize = 8;
            }
        }
        else
        {
            vr = DicomDictionary.Lookup(tag);
            length = ReadUInt32(span[(pos + 4)..], state.BigEndian);
            headerSize = 8;
        }

        pos += headerSize;
        var valueStart = pos;
        if (length == UndefinedLength)
        {
            return ParseUndefinedLength(ref pos, end, start, tag, vr, state, depth);
        }

        if (stopAtPixelData && depth == 0 && tag == DicomTags.PixelData)
        {
            // A header-only read ends here: the value's length is neither checked nor its bytes read.
            return new DicomElement(tag, vr, _origin + start, length, ReadOnlyMemory<byte>.Empty, state.BigEndian);
        }

        CheckLength(length, tag, start);

        Require(valueStart, length, tag, $"the {length}-byte value", end);
        pos = valueStart + (int)length;
        if (vr == DicomVR.SQ || vr == DicomVR.UN && !state.ExplicitVR && LooksLikeItems(valueStart, (int)length))
        {
            var items = ParseItems(valueStart, valueStart + (int)length, tag, state, depth + 1);
            return new DicomElement(tag, DicomVR.SQ, _origin + start, length, ReadOnlyMemory<byte>.Empty,
                state.BigEndian, items);
        }

        var value = _data.Slice(valueStart, (int)length);
        return new DicomElement(tag, vr, _origin + start, length, value, state.BigEndian);
    }

    private bool LooksLikeItems(int valueStart, int length)
    {
        if (length < 8 || !LooksLikeItem(valueStart))
        {
            return false;
        }

        // A private value that merely starts like an item: accept it as a sequence only if the first item's
        // length fits inside the value.
        var itemLength = BinaryPrimitives.ReadUInt32LittleEndian(_data.Span[(valueStart + 4)..]);
        return itemLength == UndefinedLength || itemLength <= (uint)(length - 8);
    }

    private bool LooksLikeItem(int pos) =>
        BinaryPrimitives.ReadUInt32LittleEndian(_data.Span[pos..]) == 0xE000FFFE;

    private void CheckLength(uint length, DicomTag? tag, int start)
    {
        if (length >= 0x80000000)
        {
            throw Error(DicomErrorKind.InvalidLength, start, tag,
                $"declared value length 0x{length:X8} ({length} bytes) is not a valid length: lengths must be " +
                $"below 0x80000000, or 0xFFFFFFFF for undefined. The file is corrupt.");
        }
    }

    /// <summary>Checks that <paramref name="count"/> bytes from <paramref name="pos"/> exist inside
    /// <paramref name="end"/>, or asks for more input when the buffer is a prefix.</summary>
    private void Require(int pos, long count, DicomTag? tag, string what, int end = -1)
    {
        var limit = end < 0 ? _data.Length : end;
        if (pos + count <= limit)
        {
            return;
        }

        if (limit == _data.Length && !_complete)
        {
            throw new DicomNeedMoreDataException();
        }

        var available = Math.Max(0, limit - pos);
        if (limit < _data.Length)
        {
            throw Error(DicomErrorKind.Malformed, pos, tag,
                $"expected {what} ({count} bytes) inside the enclosing item or sequence, which has only " +
                $"{available} bytes left. A length field is wrong.");
        }

        throw Error(DicomErrorKind.Truncated, pos, tag,
            $"expected {what} ({count} bytes), but the input ends after {available} bytes. The file was cut " +
            "short (an interrupted copy or download?); copy it again from its source.");
    }

    private DicomFormatException Error(DicomErrorKind kind, int pos, DicomTag? tag, string message) =>
        new(kind, message, null, _origin + pos, tag);

    private static DicomTag ReadTag(ReadOnlySpan<byte> span, bool bigEndian) => bigEndian
        ? new DicomTag(BinaryPrimitives.ReadUInt16BigEndian(span), BinaryPrimitives.ReadUInt16BigEndian(span[2..]))
        : new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(span),
            BinaryPrimitives.ReadUInt16LittleEndian(span[2..]));

    private static uint ReadUInt32(ReadOnlySpan<byte> span, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(span) : BinaryPrimitives.ReadUInt32LittleEndian(span);
}
