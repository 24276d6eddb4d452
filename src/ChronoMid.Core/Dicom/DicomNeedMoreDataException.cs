namespace ChronoMid.Dicom;

/// <summary>Raised inside the parser when a partial buffer ends before the data it needs; the reader then
/// fetches more bytes and parses again. It never reaches callers.</summary>
internal sealed class DicomNeedMoreDataException : Exception
{
    public DicomNeedMoreDataException()
        : base("More input bytes are needed.")
    {
    }

    public DicomNeedMoreDataException(string message)
        : base(message)
    {
    }

    public DicomNeedMoreDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
