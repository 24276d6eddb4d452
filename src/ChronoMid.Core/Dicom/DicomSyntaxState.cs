namespace ChronoMid.Dicom;

/// <summary>How the elements being parsed are encoded.</summary>
/// <param name="ExplicitVR">Whether element headers carry a VR.</param>
/// <param name="BigEndian">Whether numbers are big endian.</param>
internal readonly record struct DicomSyntaxState(bool ExplicitVR, bool BigEndian)
{
    public static DicomSyntaxState ImplicitLittle => new(false, false);

    public static DicomSyntaxState ExplicitLittle => new(true, false);
}
