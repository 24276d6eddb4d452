namespace ChronoMid.Dicom;

/// <summary>What is wrong with a DICOM input; <see cref="DicomErrorKindExtensions.ToSnakeCase"/> gives the
/// stable names used by the command line's JSON output.</summary>
public enum DicomErrorKind
{
    /// <summary>No preamble and <c>DICM</c>, and the bytes do not look like a DICOM data set
    /// (<c>not_dicom</c>).</summary>
    NotDicom,

    /// <summary>The input ends before an element header or value is complete, although the declared length
    /// is plausible (<c>truncated</c>).</summary>
    Truncated,

    /// <summary>A declared value length is at least 0x80000000 and is not the undefined length 0xFFFFFFFF
    /// (<c>invalid_length</c>).</summary>
    InvalidLength,

    /// <summary>The file parses but Pixel Data holds fewer bytes than Rows × Columns × Frames × Bits
    /// Allocated / 8 (<c>pixel_data_size_mismatch</c>).</summary>
    PixelDataSizeMismatch,

    /// <summary>The transfer syntax is valid DICOM but its pixel encoding is not supported, for example JPEG
    /// (<c>unsupported_transfer_syntax</c>).</summary>
    UnsupportedTransferSyntax,

    /// <summary>Any other structural violation: an impossible VR, a bad item tag, a bad RLE header, an
    /// inconsistent image description (<c>malformed</c>).</summary>
    Malformed,

    /// <summary>Well-formed pixel data in a form ChronoMid does not decode: colour (Samples per Pixel above 1,
    /// RGB, YBR, palette) or Bits Allocated other than 8 and 16 (<c>unsupported_pixel_format</c>).</summary>
    UnsupportedPixelFormat,
}
