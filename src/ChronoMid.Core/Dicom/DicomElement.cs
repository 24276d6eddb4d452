using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace ChronoMid.Dicom;

/// <summary>One element of a data set: its tag, VR, where it was found, and its value bytes, items or
/// fragments.</summary>
public sealed class DicomElement
{
    internal DicomElement(DicomTag tag, DicomVR vr, long offset, long length, ReadOnlyMemory<byte> value,
        bool bigEndian, IReadOnlyList<DicomDataset>? items = null, IReadOnlyList<DicomFragment>? fragments = null)
    {
        Tag = tag;
        VR = vr;
        Offset = offset;
        Length = length;
        RawValue = value;
        IsBigEndian = bigEndian;
        Items = items ?? [];
        Fragments = fragments;
    }

    /// <summary>Gets the element's tag.</summary>
    /// <value>The tag, for example <c>(0028,0010)</c>.</value>
    public DicomTag Tag { get; }

    /// <summary>Gets the element's value representation.</summary>
    /// <value>The VR from the element header (explicit VR) or from ChronoMid's dictionary (implicit VR);
    /// <see cref="DicomVR.UN"/> for implicit VR tags the dictionary does not know.</value>
    public DicomVR VR { get; }

    /// <summary>Gets the byte offset of the element header from the start of the file or stream.</summary>
    /// <value>The offset in bytes (in the inflated data for a deflated data set).</value>
    public long Offset { get; }

    /// <summary>Gets the declared value length.</summary>
    /// <value>The length in bytes, or -1 for an undefined length (sequences and encapsulated Pixel Data).</value>
    public long Length { get; }

    /// <summary>Gets the raw value bytes, in the file's byte order.</summary>
    /// <value>The bytes; empty for sequences, encapsulated Pixel Data and Pixel Data of a header-only read.</value>
    public ReadOnlyMemory<byte> RawValue { get; }

    /// <summary>Gets a value indicating whether binary numbers in <see cref="RawValue"/> are big endian.</summary>
    /// <value><see langword="true"/> for elements read from Explicit VR Big Endian data.</value>
    public bool IsBigEndian { get; }

    /// <summary>Gets the items of a sequence element.</summary>
    /// <value>The items in order; empty for elements that are not sequences.</value>
    public IReadOnlyList<DicomDataset> Items { get; }

    /// <summary>Gets the fragments of encapsulated Pixel Data, the basic offset table first.</summary>
    /// <value>The fragments, or <see langword="null"/> when the value is not encapsulated.</value>
    public IReadOnlyList<DicomFragment>? Fragments { get; }

    /// <summary>Gets a value indicating whether this element is a sequence of items.</summary>
    /// <value><see langword="true"/> for SQ elements and undefined-length UN or unknown elements holding items.</value>
    public bool IsSequence => VR == DicomVR.SQ;

    /// <summary>Gets the value as text: bytes decoded as ISO 8859-1, trailing spaces and NULs removed.</summary>
    /// <returns>The whole value including any backslash separators; empty for an empty value.</returns>
    public string GetString()
    {
        var text = Encoding.Latin1.GetString(RawValue.Span);
        return text.TrimEnd(' ', '\0');
    }

    /// <summary>Gets the value as text split at backslashes, each part trimmed of spaces and NULs.</summary>
    /// <returns>The values; an empty array for an empty value.</returns>
    public string[] GetStrings()
    {
        var text = GetString();
        return text.Length == 0 ? [] : text.Split('\\').Select(static s => s.Trim(' ', '\0')).ToArray();
    }

    /// <summary>Gets the value as numbers, from decimal or integer strings or from binary numbers.</summary>
    /// <returns>The values, in file order.</returns>
    /// <exception cref="FormatException">A DS or IS value is not a number.</exception>
    public double[] GetDoubles()
    {
        if (DicomVRInfo.IsString(VR) || VR == DicomVR.UN && LooksLikeText())
        {
            return GetStrings().Select(ParseNumber).ToArray();
        }

        var span = RawValue.Span;
        var size = DicomVRInfo.ValueSize(VR);
        if (size == 0)
        {
            return [];
        }

        var values = new double[span.Length / size];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ReadBinary(span.Slice(i * size, size));
        }

        return values;
    }

    /// <summary>Gets the first value as a number, or <see langword="null"/> when the value is empty.</summary>
    /// <returns>The first number, or <see langword="null"/>.</returns>
    /// <exception cref="FormatException">A DS or IS value is not a number.</exception>
    public double? GetDouble()
    {
        var values = GetDoubles();
        return values.Length == 0 ? null : values[0];
    }

    /// <summary>Returns the tag, VR and declared length, for example <c>(0028,0010) US 2</c>.</summary>
    /// <returns>A short description of the element.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Tag} {VR} {(Length < 0 ? "undefined" : Length)}");

    private static double ParseNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a decimal number.");

    private bool LooksLikeText()
    {
        foreach (var b in RawValue.Span)
        {
            if (b is not ((>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'+' or (byte)'e'
                or (byte)'E' or (byte)' ' or (byte)'\\' or 0))
            {
                return false;
            }
        }

        return !RawValue.IsEmpty;
    }

    private double ReadBinary(ReadOnlySpan<byte> bytes)
    {
        var big = IsBigEndian;
        return VR switch
        {
            DicomVR.US or DicomVR.OW => big ? BinaryPrimitives.ReadUInt16BigEndian(bytes)
                : BinaryPrimitives.ReadUInt16LittleEndian(bytes),
            DicomVR.SS => big ? BinaryPrimitives.ReadInt16BigEndian(bytes)
                : BinaryPrimitives.ReadInt16LittleEndian(bytes),
            DicomVR.UL or DicomVR.OL or DicomVR.AT => big ? BinaryPrimitives.ReadUInt32BigEndian(bytes)
                : BinaryPrimitives.ReadUInt32LittleEndian(bytes),
            DicomVR.SL => big ? BinaryPrimitives.ReadInt32BigEndian(bytes)
                : BinaryPrimitives.ReadInt32LittleEndian(bytes),
            DicomVR.FL or DicomVR.OF => big ? BinaryPrimitives.ReadSingleBigEndian(bytes)
                : BinaryPrimitives.ReadSingleLittleEndian(bytes),
            DicomVR.FD or DicomVR.OD => big ? BinaryPrimitives.ReadDoubleBigEndian(bytes)
                : BinaryPrimitives.ReadDoubleLittleEndian(bytes),
            DicomVR.SV => big ? BinaryPrimitives.ReadInt64BigEndian(bytes)
                : BinaryPrimitives.ReadInt64LittleEndian(bytes),
            DicomVR.UV or DicomVR.OV => big ? BinaryPrimitives.ReadUInt64BigEndian(bytes)
                : BinaryPrimitives.ReadUInt64LittleEndian(bytes),
            _ => bytes[0],
        };
    }
}
