using System.Collections.Frozen;

namespace ChronoMid.Dicom;

/// <summary>The VRs of the tags ChronoMid needs when the transfer syntax is implicit VR.</summary>
internal static class DicomDictionary
{
    private static readonly FrozenDictionary<uint, DicomVR> Entries = new Dictionary<uint, DicomVR>
    {
        [0x00020001] = DicomVR.OB, [0x00020002] = DicomVR.UI, [0x00020003] = DicomVR.UI,
        [0x00020010] = DicomVR.UI, [0x00020012] = DicomVR.UI, [0x00020013] = DicomVR.SH,
        [0x00080005] = DicomVR.CS, [0x00080008] = DicomVR.CS, [0x00080016] = DicomVR.UI,
        [0x00080018] = DicomVR.UI, [0x00080020] = DicomVR.DA, [0x00080021] = DicomVR.DA,
        [0x00080022] = DicomVR.DA, [0x00080023] = DicomVR.DA, [0x00080030] = DicomVR.TM,
        [0x00080031] = DicomVR.TM, [0x00080032] = DicomVR.TM, [0x00080033] = DicomVR.TM,
        [0x00080050] = DicomVR.SH, [0x00080060] = DicomVR.CS, [0x00080070] = DicomVR.LO,
        [0x00080090] = DicomVR.PN, [0x00081030] = DicomVR.LO, [0x0008103E] = DicomVR.LO,
        [0x00100010] = DicomVR.PN, [0x00100020] = DicomVR.LO, [0x00100030] = DicomVR.DA,
        [0x00100040] = DicomVR.CS, [0x00180050] = DicomVR.DS, [0x00180088] = DicomVR.DS,
        [0x00181030] = DicomVR.LO, [0x00185100] = DicomVR.CS,
        [0x0020000D] = DicomVR.UI, [0x0020000E] = DicomVR.UI, [0x00200010] = DicomVR.SH,
        [0x00200011] = DicomVR.IS, [0x00200012] = DicomVR.IS, [0x00200013] = DicomVR.IS,
        [0x00200032] = DicomVR.DS, [0x00200037] = DicomVR.DS, [0x00200052] = DicomVR.UI,
        [0x00201041] = DicomVR.DS, [0x00280002] = DicomVR.US, [0x00280004] = DicomVR.CS,
        [0x00280006] = DicomVR.US, [0x00280008] = DicomVR.IS, [0x00280010] = DicomVR.US,
        [0x00280011] = DicomVR.US, [0x00280030] = DicomVR.DS, [0x00280100] = DicomVR.US,
        [0x00280101] = DicomVR.US, [0x00280102] = DicomVR.US, [0x00280103] = DicomVR.US,
        [0x00281050] = DicomVR.DS, [0x00281051] = DicomVR.DS, [0x00281052] = DicomVR.DS,
        [0x00281053] = DicomVR.DS, [0x00281054] = DicomVR.LO,
        [0x7FE00010] = DicomVR.OW, [0xFFFCFFFC] = DicomVR.OB,

        // Sequences that commonly carry a defined length: in implicit VR only the dictionary reveals them.
        [0x00081032] = DicomVR.SQ, [0x00081110] = DicomVR.SQ, [0x00081111] = DicomVR.SQ,
        [0x00081115] = DicomVR.SQ, [0x00081120] = DicomVR.SQ, [0x00081140] = DicomVR.SQ,
        [0x00082112] = DicomVR.SQ, [0x00082218] = DicomVR.SQ, [0x00089215] = DicomVR.SQ,
        [0x00400275] = DicomVR.SQ, [0x00409096] = DicomVR.SQ, [0x00880200] = DicomVR.SQ,
        [0x52009229] = DicomVR.SQ, [0x52009230] = DicomVR.SQ,
    }.ToFrozenDictionary();

    /// <summary>Gets the VR of a tag in implicit VR data.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The VR; UL for group lengths; <see cref="DicomVR.UN"/> for tags not in the table.</returns>
    public static DicomVR Lookup(DicomTag tag) =>
        tag.Element == 0 ? DicomVR.UL : Entries.GetValueOrDefault(tag.Value, DicomVR.UN);
}
