namespace ChronoMid.Dicom;

/// <summary>Facts about value representations: their two-letter codes, length field sizes and padding.</summary>
public static class DicomVRInfo
{
    /// <summary>Parses a two-letter VR code as it appears in an explicit VR element header.</summary>
    /// <param name="first">The first byte (an ASCII upper-case letter).</param>
    /// <param name="second">The second byte (an ASCII upper-case letter).</param>
    /// <returns>The VR, or <see cref="DicomVR.None"/> when the bytes are not a VR DICOM defines.</returns>
    public static DicomVR Parse(byte first, byte second)
    {
        if (first is < (byte)'A' or > (byte)'Z' || second is < (byte)'A' or > (byte)'Z')
        {
            return DicomVR.None;
        }

        var name = string.Create(2, (first, second), static (span, pair) =>
        {
            span[0] = (char)pair.first;
            span[1] = (char)pair.second;
        });
        return Enum.TryParse<DicomVR>(name, ignoreCase: false, out var vr) && vr != DicomVR.None
            ? vr
            : DicomVR.None;
    }

    /// <summary>Gets whether an explicit VR element of this VR has a 2-byte reserved field and a 4-byte
    /// length.</summary>
    /// <param name="vr">The value representation.</param>
    /// <returns><see langword="true"/> for OB, OD, OF, OL, OV, OW, SQ, SV, UC, UN, UR, UT and UV.</returns>
    public static bool HasLongLength(DicomVR vr) => vr is DicomVR.OB or DicomVR.OD or DicomVR.OF or DicomVR.OL
        or DicomVR.OV or DicomVR.OW or DicomVR.SQ or DicomVR.SV or DicomVR.UC or DicomVR.UN or DicomVR.UR
        or DicomVR.UT or DicomVR.UV;

    /// <summary>Gets whether values of this VR are character strings.</summary>
    /// <param name="vr">The value representation.</param>
    /// <returns><see langword="true"/> for the string VRs (AE, AS, CS, DA, DS, DT, IS, LO, LT, PN, SH, ST, TM,
    /// UC, UI, UR, UT).</returns>
    public static bool IsString(DicomVR vr) => vr is DicomVR.AE or DicomVR.AS or DicomVR.CS or DicomVR.DA
        or DicomVR.DS or DicomVR.DT or DicomVR.IS or DicomVR.LO or DicomVR.LT or DicomVR.PN or DicomVR.SH
        or DicomVR.ST or DicomVR.TM or DicomVR.UC or DicomVR.UI or DicomVR.UR or DicomVR.UT;

    /// <summary>Gets the byte that pads an odd-length value of this VR to even length.</summary>
    /// <param name="vr">The value representation.</param>
    /// <returns>NUL (0) for UI and binary VRs, a space (0x20) for the other string VRs.</returns>
    public static byte PaddingByte(DicomVR vr) => vr != DicomVR.UI && IsString(vr) ? (byte)' ' : (byte)0;

    /// <summary>Gets the size in bytes of one binary number of this VR, or 0 for strings and sequences.</summary>
    /// <param name="vr">The value representation.</param>
    /// <returns>2, 4 or 8 for the numeric VRs; 1 for OB and UN; 0 otherwise.</returns>
    public static int ValueSize(DicomVR vr) => vr switch
    {
        DicomVR.US or DicomVR.SS or DicomVR.OW => 2,
        DicomVR.UL or DicomVR.SL or DicomVR.FL or DicomVR.OF or DicomVR.OL or DicomVR.AT => 4,
        DicomVR.FD or DicomVR.OD or DicomVR.SV or DicomVR.UV or DicomVR.OV => 8,
        DicomVR.OB or DicomVR.UN => 1,
        _ => 0,
    };
}
