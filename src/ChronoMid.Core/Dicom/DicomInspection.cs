namespace ChronoMid.Dicom;

/// <summary>Reads one file as far as it can and summarises it, never throwing for bad input: the engine of
/// <c>chronomid inspect</c>.</summary>
public static class DicomInspection
{
    /// <summary>Inspects a file: a full read and pixel statistics, or, when that fails, the error and whatever
    /// header fields a header-only read recovers.</summary>
    /// <param name="path">The file to inspect.</param>
    /// <param name="options">Safety limits, or <see langword="null"/> for the defaults.</param>
    /// <returns>The report; its <see cref="DicomInspectionReport.Outcome"/> is <c>ok</c> or <c>error</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static DicomInspectionReport Inspect(string path, DicomReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return Failure("file_not_found", Directory.Exists(path)
                ? $"{path} is a folder; inspect expects one DICOM file."
                : $"{path} does not exist. Check the path (relative paths start at {Environment.CurrentDirectory}).",
                header: null);
        }

        DicomFile? header = null;
        try
        {
            var file = DicomReader.Read(path, options);
            header = file;
            var statistics = file.ComputePixelStatistics();
            return FromHeader(file) with
            {
                Outcome = "ok",
                Sha256Int32Le = statistics.Sha256Int32Le,
                Stored = new DicomValueSummary(statistics.StoredMin, statistics.StoredMax, statistics.StoredMean),
                Modality = new DicomValueSummary(statistics.ModalityMin, statistics.ModalityMax,
                    statistics.ModalityMean),
            };
        }
        catch (DicomFormatException e)
        {
            return Failure(e.KindName, e.Message, header ?? TryReadHeader(path, options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Failure("io_error", $"{path}: {e.Message}", header);
        }
    }

    private static DicomFile? TryReadHeader(string path, DicomReadOptions? options)
    {
        try
        {
            return DicomReader.ReadHeader(path, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static DicomInspectionReport Failure(string kind, string message, DicomFile? header) =>
        (header is null ? new DicomInspectionReport { Outcome = "error" } : FromHeader(header)) with
        {
            Outcome = "error",
            ErrorKind = kind,
            Message = message,
        };

    private static DicomInspectionReport FromHeader(DicomFile file) => new()
    {
        Outcome = "error",
        TransferSyntaxUid = file.TransferSyntaxUid,
        Rows = file.Rows,
        Columns = file.Columns,
        Frames = file.NumberOfFrames,
        BitsAllocated = file.BitsAllocated,
        BitsStored = file.BitsStored,
        PixelRepresentation = file.PixelRepresentation,
        PhotometricInterpretation = file.PhotometricInterpretation,
        RescaleSlope = file.RescaleSlope,
        RescaleIntercept = file.RescaleIntercept,
        Header = file,
    };
}
