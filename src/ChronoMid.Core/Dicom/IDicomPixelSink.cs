namespace ChronoMid.Dicom;

/// <summary>Receives decoded stored values; implemented by ref structs so that each destination type gets its
/// own specialised, inlined decoding loop.</summary>
internal interface IDicomPixelSink
{
    void Put(int index, int stored);
}
