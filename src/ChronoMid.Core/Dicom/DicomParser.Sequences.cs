namespace ChronoMid.Dicom;

/// <summary>Sequences, items and encapsulated Pixel Data fragments.</summary>
internal sealed partial class DicomParser
{
    private DicomElement ParseUndefinedLength(ref int pos, int end, int start, DicomTag tag, DicomVR vr,
        DicomSyntaxState state, int depth)
    {
        if (tag == DicomTags.PixelData)
        {
            var fragments = ParseFragments(ref pos, end, state);
            return new DicomElement(tag, vr, _origin + start, -1, ReadOnlyMemory<byte>.Empty, state.BigEndian,
                fragments: fragments);
        }

        if (vr is not (DicomVR.SQ or DicomVR.UN))
        {
            throw Error(DicomErrorKind.Malformed, start, tag,
                $"an undefined length (0xFFFFFFFF) is allowed only for SQ, UN and Pixel Data, found VR {vr}.");
        }

        // An undefined-length UN element in explicit VR holds items encoded as implicit VR little endian.
        var itemState = vr == DicomVR.UN && state.ExplicitVR ? DicomSyntaxState.ImplicitLittle : state;
        var items = new List<DicomDataset>();
        EnterSequence(depth + 1, start, tag);
        while (true)
        {
            var itemStart = pos;
            Require(pos, 8, tag, "an item or sequence delimitation tag", end);
            var itemTag = ReadTag(_data.Span[pos..], itemState.BigEndian);
            if (itemTag == DicomTags.SequenceDelimitationItem)
            {
                pos += 8;
                break;
            }

            ExpectItemTag(itemTag, itemStart, tag);
            items.Add(ParseItem(ref pos, end, itemState, depth + 1, tag));
        }

        return new DicomElement(tag, DicomVR.SQ, _origin + start, -1, ReadOnlyMemory<byte>.Empty,
            state.BigEndian, items);
    }

    private List<DicomDataset> ParseItems(int valueStart, int valueEnd, DicomTag tag, DicomSyntaxState state,
        int depth)
    {
        EnterSequence(depth, valueStart, tag);
        var items = new List<DicomDataset>();
        var pos = valueStart;
        while (pos < valueEnd)
        {
            Require(pos, 8, tag, "an item header", valueEnd);
            ExpectItemTag(ReadTag(_data.Span[pos..], state.BigEndian), pos, tag);
            items.Add(ParseItem(ref pos, valueEnd, state, depth, tag));
        }

        return items;
    }

    /// <summary>Parses one item whose (FFFE,E000) header starts at <paramref name="pos"/>.</summary>
    private DicomDataset ParseItem(ref int pos, int end, DicomSyntaxState state, int depth, DicomTag sequence)
    {
        var itemStart = pos;
        var length = ReadUInt32(_data.Span[(pos + 4)..], state.BigEndian);
        pos += 8;
        var elements = new List<DicomElement>();
        if (length == UndefinedLength)
        {
            while (true)
            {
                Require(pos, 8, sequence, "an element or item delimitation tag", end);
                var next = ReadTag(_data.Span[pos..], state.BigEndian);
                if (next == DicomTags.ItemDelimitationItem)
                {
                    pos += 8;
                    break;
                }

                elements.Add(ParseElement(ref pos, end, state, depth, stopAtPixelData: false));
            }

            return new DicomDataset(elements);
        }

        CheckLength(length, sequence, itemStart);
        Require(pos, length, sequence, $"the {length}-byte item", end);
        var itemEnd = pos + (int)length;
        while (pos < itemEnd)
        {
            elements.Add(ParseElement(ref pos, itemEnd, state, depth, stopAtPixelData: false));
        }

        return new DicomDataset(elements);
    }

    private List<DicomFragment> ParseFragments(ref int pos, int end, DicomSyntaxState state)
    {
        var found = new List<(int Start, int Length)>();
        while (true)
        {
            var itemStart = pos;
            Require(pos, 8, DicomTags.PixelData, "a fragment item or sequence delimitation tag", end);
            var tag = ReadTag(_data.Span[pos..], state.BigEndian);
            var length = ReadUInt32(_data.Span[(pos + 4)..], state.BigEndian);
            pos += 8;
            if (tag == DicomTags.SequenceDelimitationItem)
            {
                break;
            }

            ExpectItemTag(tag, itemStart, DicomTags.PixelData);
            if (length == UndefinedLength)
            {
                throw Error(DicomErrorKind.Malformed, itemStart, DicomTags.PixelData,
                    "expected a defined length for an encapsulated Pixel Data fragment, found 0xFFFFFFFF.");
            }

            CheckLength(length, DicomTags.PixelData, itemStart);
            Require(pos, length, DicomTags.PixelData, $"the {length}-byte fragment", end);
            found.Add((itemStart, (int)length));
            pos += (int)length;
        }

        var origin = found.Count > 1 ? found[1].Start : pos;
        return found.Select(f => new DicomFragment(_origin + f.Start, f.Start - origin,
            _data.Slice(f.Start + 8, f.Length))).ToList();
    }

    private void ExpectItemTag(DicomTag found, int pos, DicomTag sequence)
    {
        if (found != DicomTags.Item)
        {
            throw Error(DicomErrorKind.Malformed, pos, sequence,
                $"expected an item tag (FFFE,E000) inside sequence {sequence}, found {found}.");
        }
    }

    private void EnterSequence(int depth, int pos, DicomTag tag)
    {
        if (depth > _maxDepth)
        {
            throw Error(DicomErrorKind.Malformed, pos, tag,
                $"sequences nest {depth} levels deep, more than the limit of {_maxDepth} " +
                "(DicomReadOptions.MaxSequenceDepth); the file is corrupt or hostile.");
        }
    }
}
