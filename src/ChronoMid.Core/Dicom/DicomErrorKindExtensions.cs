namespace ChronoMid.Dicom;

/// <summary>Names for <see cref="DicomErrorKind"/> values.</summary>
public static class DicomErrorKindExtensions
{
    /// <summary>Gets the stable snake_case name of an error kind, for example <c>invalid_length</c>.</summary>
    /// <param name="kind">The error kind.</param>
    /// <returns>The name used in JSON output and documentation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string ToSnakeCase(this DicomErrorKind kind) => kind switch
    {
        DicomErrorKind.NotDicom => "not_dicom",
        DicomErrorKind.Truncated => "truncated",
        DicomErrorKind.InvalidLength => "invalid_length",
        DicomErrorKind.PixelDataSizeMismatch => "pixel_data_size_mismatch",
        DicomErrorKind.UnsupportedTransferSyntax => "unsupported_transfer_syntax",
        DicomErrorKind.Malformed => "malformed",
        DicomErrorKind.UnsupportedPixelFormat => "unsupported_pixel_format",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined DicomErrorKind value."),
    };
}
