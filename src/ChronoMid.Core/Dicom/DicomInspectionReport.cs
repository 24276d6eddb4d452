using System.Text.Json.Serialization;

namespace ChronoMid.Dicom;

/// <summary>What <see cref="DicomInspection.Inspect"/> found in one file: the outcome, the header fields that
/// could be read, and the pixel statistics. Serialised with camelCase names it is the JSON contract of
/// <c>chronomid inspect --json</c>; the study fields are left out of that JSON.</summary>
public sealed record DicomInspectionReport
{
    /// <summary>Gets the outcome: <c>ok</c> or <c>error</c>.</summary>
    /// <value><c>ok</c> when header and pixels were read.</value>
    public required string Outcome { get; init; }

    /// <summary>Gets the snake_case error kind (see <see cref="DicomErrorKind"/>), or <c>file_not_found</c> or
    /// <c>io_error</c> for file-system failures.</summary>
    /// <value><see langword="null"/> when the outcome is <c>ok</c>.</value>
    public string? ErrorKind { get; init; }

    /// <summary>Gets the error message.</summary>
    /// <value><see langword="null"/> when the outcome is <c>ok</c>.</value>
    public string? Message { get; init; }

    /// <summary>Gets the transfer syntax UID.</summary>
    /// <value><see langword="null"/> when the header could not be read.</value>
    public string? TransferSyntaxUid { get; init; }

    /// <summary>Gets the image height in pixels.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public int? Rows { get; init; }

    /// <summary>Gets the image width in pixels.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public int? Columns { get; init; }

    /// <summary>Gets the number of frames (1 when Number of Frames is absent).</summary>
    /// <value><see langword="null"/> when the header could not be read.</value>
    public int? Frames { get; init; }

    /// <summary>Gets the Bits Allocated.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public int? BitsAllocated { get; init; }

    /// <summary>Gets the Bits Stored.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public int? BitsStored { get; init; }

    /// <summary>Gets the Pixel Representation (0 unsigned, 1 signed).</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public int? PixelRepresentation { get; init; }

    /// <summary>Gets the Photometric Interpretation.</summary>
    /// <value><see langword="null"/> when unknown.</value>
    public string? PhotometricInterpretation { get; init; }

    /// <summary>Gets the Rescale Slope.</summary>
    /// <value><see langword="null"/> when absent or unknown.</value>
    public double? RescaleSlope { get; init; }

    /// <summary>Gets the Rescale Intercept.</summary>
    /// <value><see langword="null"/> when absent or unknown.</value>
    public double? RescaleIntercept { get; init; }

    /// <summary>Gets the SHA-256 of the stored values as little-endian int32, lower-case hexadecimal.</summary>
    /// <value><see langword="null"/> when the pixels could not be decoded.</value>
    public string? Sha256Int32Le { get; init; }

    /// <summary>Gets the minimum, maximum and mean stored value.</summary>
    /// <value><see langword="null"/> when the pixels could not be decoded.</value>
    public DicomValueSummary? Stored { get; init; }

    /// <summary>Gets the minimum, maximum and mean modality value (stored × slope + intercept).</summary>
    /// <value><see langword="null"/> when the pixels could not be decoded.</value>
    public DicomValueSummary? Modality { get; init; }

    /// <summary>Gets the header that could be read, for the study fields of the text summary.</summary>
    /// <value><see langword="null"/> when no header could be read.</value>
    [JsonIgnore]
    public DicomFile? Header { get; init; }
}
