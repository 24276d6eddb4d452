using System.Globalization;

namespace ChronoMid.Dicom;

/// <summary>Typed access to the header fields ChronoMid uses.</summary>
public sealed partial class DicomFile
{
    /// <summary>Gets the Transfer Syntax UID.</summary>
    /// <value>For example <c>1.2.840.10008.1.2.1</c>.</value>
    public string TransferSyntaxUid => TransferSyntax.Uid;

    /// <summary>Gets the Patient ID (0010,0020).</summary>
    /// <value>The trimmed text, or <see langword="null"/> when absent.</value>
    public string? PatientId => Dataset.GetString(DicomTags.PatientId);

    /// <summary>Gets the Study Date (0008,0020).</summary>
    /// <value>The date, or <see langword="null"/> when absent or not a valid <c>YYYYMMDD</c> date.</value>
    public DateOnly? StudyDate => ParseDate(Dataset.GetString(DicomTags.StudyDate));

    /// <summary>Gets the Acquisition Date (0008,0022).</summary>
    /// <value>The date, or <see langword="null"/> when absent or not a valid <c>YYYYMMDD</c> date.</value>
    public DateOnly? AcquisitionDate => ParseDate(Dataset.GetString(DicomTags.AcquisitionDate));

    /// <summary>Gets the Study Instance UID (0020,000D).</summary>
    /// <value>The UID, or <see langword="null"/> when absent.</value>
    public string? StudyInstanceUid => Dataset.GetString(DicomTags.StudyInstanceUid);

    /// <summary>Gets the Series Instance UID (0020,000E).</summary>
    /// <value>The UID, or <see langword="null"/> when absent.</value>
    public string? SeriesInstanceUid => Dataset.GetString(DicomTags.SeriesInstanceUid);

    /// <summary>Gets the SOP Instance UID (0008,0018).</summary>
    /// <value>The UID, or <see langword="null"/> when absent.</value>
    public string? SopInstanceUid => Dataset.GetString(DicomTags.SopInstanceUid);

    /// <summary>Gets the Series Description (0008,103E).</summary>
    /// <value>The trimmed text, or <see langword="null"/> when absent.</value>
    public string? SeriesDescription => Dataset.GetString(DicomTags.SeriesDescription);

    /// <summary>Gets the Instance Number (0020,0013).</summary>
    /// <value>The number, or <see langword="null"/> when absent or not an integer.</value>
    public int? InstanceNumber => Dataset.GetInt32(DicomTags.InstanceNumber);

    /// <summary>Gets the Image Position (Patient) (0020,0032): x, y, z of the first voxel in millimetres.</summary>
    /// <value>Three numbers, or <see langword="null"/> when absent or not three numbers.</value>
    public IReadOnlyList<double>? ImagePositionPatient => Numbers(DicomTags.ImagePositionPatient, 3);

    /// <summary>Gets the Image Orientation (Patient) (0020,0037): row then column direction cosines.</summary>
    /// <value>Six numbers, or <see langword="null"/> when absent or not six numbers.</value>
    public IReadOnlyList<double>? ImageOrientationPatient => Numbers(DicomTags.ImageOrientationPatient, 6);

    /// <summary>Gets the Pixel Spacing (0028,0030): row spacing then column spacing, in millimetres.</summary>
    /// <value>Two numbers, or <see langword="null"/> when absent or not two numbers.</value>
    public IReadOnlyList<double>? PixelSpacing => Numbers(DicomTags.PixelSpacing, 2);

    /// <summary>Gets the Slice Thickness (0018,0050) in millimetres.</summary>
    /// <value>The thickness, or <see langword="null"/> when absent.</value>
    public double? SliceThickness => Dataset.GetDouble(DicomTags.SliceThickness);

    /// <summary>Gets the top-level Rows (0028,0010), in pixels.</summary>
    /// <value>The image height, or <see langword="null"/> when absent.</value>
    public int? Rows => Dataset.GetInt32(DicomTags.Rows);

    /// <summary>Gets the top-level Columns (0028,0011), in pixels.</summary>
    /// <value>The image width, or <see langword="null"/> when absent.</value>
    public int? Columns => Dataset.GetInt32(DicomTags.Columns);

    /// <summary>Gets the Number of Frames (0028,0008).</summary>
    /// <value>The frame count; 1 when the element is absent or empty.</value>
    public int NumberOfFrames => Dataset.GetInt32(DicomTags.NumberOfFrames) ?? 1;

    /// <summary>Gets the Samples per Pixel (0028,0002).</summary>
    /// <value>The sample count; 1 when absent.</value>
    public int SamplesPerPixel => Dataset.GetInt32(DicomTags.SamplesPerPixel) ?? 1;

    /// <summary>Gets the Bits Allocated (0028,0100): bits per sample container.</summary>
    /// <value>8 or 16 for the images ChronoMid decodes, or <see langword="null"/> when absent.</value>
    public int? BitsAllocated => Dataset.GetInt32(DicomTags.BitsAllocated);

    /// <summary>Gets the Bits Stored (0028,0101).</summary>
    /// <value>The number of meaningful bits per sample, or <see langword="null"/> when absent.</value>
    public int? BitsStored => Dataset.GetInt32(DicomTags.BitsStored);

    /// <summary>Gets the High Bit (0028,0102).</summary>
    /// <value>The most significant stored bit, or <see langword="null"/> when absent.</value>
    public int? HighBit => Dataset.GetInt32(DicomTags.HighBit);

    /// <summary>Gets the Pixel Representation (0028,0103): 0 unsigned, 1 two's complement.</summary>
    /// <value>0 or 1, or <see langword="null"/> when absent.</value>
    public int? PixelRepresentation => Dataset.GetInt32(DicomTags.PixelRepresentation);

    /// <summary>Gets the Photometric Interpretation (0028,0004).</summary>
    /// <value>For example <c>MONOCHROME2</c>, or <see langword="null"/> when absent.</value>
    public string? PhotometricInterpretation => Dataset.GetString(DicomTags.PhotometricInterpretation);

    /// <summary>Gets the Rescale Slope (0028,1053).</summary>
    /// <value>The slope, or <see langword="null"/> when absent (pixel decoding then uses 1).</value>
    public double? RescaleSlope => Dataset.GetDouble(DicomTags.RescaleSlope);

    /// <summary>Gets the Rescale Intercept (0028,1052).</summary>
    /// <value>The intercept, or <see langword="null"/> when absent (pixel decoding then uses 0).</value>
    public double? RescaleIntercept => Dataset.GetDouble(DicomTags.RescaleIntercept);

    private static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date)
            ? date
            : null;

    private double[]? Numbers(DicomTag tag, int count) =>
        Dataset.GetDoubles(tag) is { } values && values.Length == count ? values : null;
}
