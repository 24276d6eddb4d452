using System.Globalization;

namespace ChronoMid.Dicom;

/// <summary>A DICOM attribute tag: a group number and an element number.</summary>
/// <param name="Group">The group number, for example <c>0x0028</c>.</param>
/// <param name="Element">The element number inside the group, for example <c>0x0010</c>.</param>
public readonly record struct DicomTag(ushort Group, ushort Element) : IComparable<DicomTag>
{
    /// <summary>Gets the tag as one 32-bit number, group in the high half.</summary>
    /// <value>The group shifted left by 16 bits, or-ed with the element.</value>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>Gets a value indicating whether the tag is private (its group number is odd).</summary>
    /// <value><see langword="true"/> for odd groups other than 0x0001, 0x0003, 0x0005 and 0x0007 and 0xFFFF.</value>
    public bool IsPrivate => (Group & 1) == 1 && Group > 0x0007 && Group != 0xFFFF;

    /// <summary>Gets a value indicating whether this is a group length element (gggg,0000).</summary>
    /// <value><see langword="true"/> when the element number is zero.</value>
    public bool IsGroupLength => Element == 0;

    /// <summary>Creates a tag from its 32-bit value, group in the high half.</summary>
    /// <param name="value">The tag value, for example <c>0x00280010</c>.</param>
    /// <returns>The tag.</returns>
    public static DicomTag FromValue(uint value) => new((ushort)(value >> 16), (ushort)value);

    /// <summary>Formats the tag the way DICOM tools print it, for example <c>(0028,0010)</c>.</summary>
    /// <returns>The tag as <c>(gggg,eeee)</c> in upper-case hexadecimal.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"({Group:X4},{Element:X4})");

    /// <summary>Compares tags by group, then element, the order in which a data set stores them.</summary>
    /// <param name="other">The tag to compare with.</param>
    /// <returns>Negative, zero or positive like <see cref="IComparable{T}.CompareTo"/>.</returns>
    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    /// <summary>Gets whether the left tag sorts before the right one.</summary>
    /// <param name="left">The left tag.</param>
    /// <param name="right">The right tag.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(DicomTag left, DicomTag right) => left.Value < right.Value;

    /// <summary>Gets whether the left tag sorts after the right one.</summary>
    /// <param name="left">The left tag.</param>
    /// <param name="right">The right tag.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(DicomTag left, DicomTag right) => left.Value > right.Value;

    /// <summary>Gets whether the left tag sorts before or equals the right one.</summary>
    /// <param name="left">The left tag.</param>
    /// <param name="right">The right tag.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort after the right one.</returns>
    public static bool operator <=(DicomTag left, DicomTag right) => left.Value <= right.Value;

    /// <summary>Gets whether the left tag sorts after or equals the right one.</summary>
    /// <param name="left">The left tag.</param>
    /// <param name="right">The right tag.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> does not sort before the right one.</returns>
    public static bool operator >=(DicomTag left, DicomTag right) => left.Value >= right.Value;
}
