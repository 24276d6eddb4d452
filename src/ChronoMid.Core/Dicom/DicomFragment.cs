namespace ChronoMid.Dicom;

/// <summary>One item of encapsulated Pixel Data: a basic offset table or a piece of compressed pixels.</summary>
/// <param name="Offset">The byte offset of the item header from the start of the file or stream.</param>
/// <param name="RelativeOffset">The offset of the item header from the first fragment after the basic offset
/// table, the origin of the offsets in that table (negative for the table itself).</param>
/// <param name="Data">The fragment's bytes.</param>
public sealed record DicomFragment(long Offset, long RelativeOffset, ReadOnlyMemory<byte> Data);
