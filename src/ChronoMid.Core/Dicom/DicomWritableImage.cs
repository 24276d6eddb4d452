namespace ChronoMid.Dicom;

/// <summary>A 16-bit grayscale image and the study fields <see cref="DicomWriter"/> writes with it.</summary>
/// <remarks>Missing UIDs are derived deterministically: the study UID from the patient and study date, the
/// series UID from the study UID, description and number, the instance UID from the series UID, instance
/// number and a hash of the stored values.</remarks>
public sealed class DicomWritableImage
{
    /// <summary>Gets the image height.</summary>
    /// <value>Rows in pixels, 1 to 65 535.</value>
    public required int Rows { get; init; }

    /// <summary>Gets the image width.</summary>
    /// <value>Columns in pixels, 1 to 65 535.</value>
    public required int Columns { get; init; }

    /// <summary>Gets the number of frames.</summary>
    /// <value>The default value is 1; above 1, Number of Frames (0028,0008) is written.</value>
    public int Frames { get; init; } = 1;

    /// <summary>Gets the stored values, frame by frame, row by row.</summary>
    /// <value>Rows × Columns × Frames values within the range that <see cref="BitsStored"/> and
    /// <see cref="IsSigned"/> allow.</value>
    public required ReadOnlyMemory<int> StoredValues { get; init; }

    /// <summary>Gets a value indicating whether stored values are two's complement (Pixel Representation 1).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IsSigned { get; init; } = true;

    /// <summary>Gets the Bits Stored; Bits Allocated is always 16 and High Bit is Bits Stored - 1.</summary>
    /// <value>The default value is 16.</value>
    public int BitsStored { get; init; } = 16;

    /// <summary>Gets the Rescale Slope, or <see langword="null"/> to write none.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? RescaleSlope { get; init; }

    /// <summary>Gets the Rescale Intercept, or <see langword="null"/> to write none.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public double? RescaleIntercept { get; init; }

    /// <summary>Gets the Photometric Interpretation.</summary>
    /// <value>The default value is <c>MONOCHROME2</c>; <c>MONOCHROME1</c> is also accepted.</value>
    public string PhotometricInterpretation { get; init; } = "MONOCHROME2";

    /// <summary>Gets the Modality (0008,0060).</summary>
    /// <value>The default value is <see langword="null"/>: <c>CT</c> for CT Image Storage, else <c>OT</c>.</value>
    public string? Modality { get; init; }

    /// <summary>Gets the Patient ID (0010,0020), at most 64 characters.</summary>
    /// <value>The default value is <see langword="null"/> (written empty).</value>
    public string? PatientId { get; init; }

    /// <summary>Gets the Patient's Name (0010,0010).</summary>
    /// <value>The default value is <see langword="null"/> (written empty).</value>
    public string? PatientName { get; init; }

    /// <summary>Gets the Study Date (0008,0020).</summary>
    /// <value>The default value is <see langword="null"/> (written empty).</value>
    public DateOnly? StudyDate { get; init; }

    /// <summary>Gets the Acquisition Date (0008,0022).</summary>
    /// <value>The default value is <see langword="null"/> (not written).</value>
    public DateOnly? AcquisitionDate { get; init; }

    /// <summary>Gets the Study Instance UID.</summary>
    /// <value>The default value is <see langword="null"/> (derived).</value>
    public string? StudyInstanceUid { get; init; }

    /// <summary>Gets the Series Instance UID.</summary>
    /// <value>The default value is <see langword="null"/> (derived).</value>
    public string? SeriesInstanceUid { get; init; }

    /// <summary>Gets the SOP Instance UID.</summary>
    /// <value>The default value is <see langword="null"/> (derived).</value>
    public string? SopInstanceUid { get; init; }

    /// <summary>Gets the Series Number (0020,0011).</summary>
    /// <value>The default value is <see langword="null"/> (written empty).</value>
    public int? SeriesNumber { get; init; }

    /// <summary>Gets the Instance Number (0020,0013).</summary>
    /// <value>The default value is <see langword="null"/> (written empty).</value>
    public int? InstanceNumber { get; init; }

    /// <summary>Gets the Series Description (0008,103E), at most 64 characters.</summary>
    /// <value>The default value is <see langword="null"/> (not written).</value>
    public string? SeriesDescription { get; init; }

    /// <summary>Gets the Image Position (Patient): x, y, z in millimetres.</summary>
    /// <value>The default value is <see langword="null"/> (not written); otherwise three numbers.</value>
    public IReadOnlyList<double>? ImagePositionPatient { get; init; }

    /// <summary>Gets the Image Orientation (Patient): six direction cosines.</summary>
    /// <value>The default value is <see langword="null"/> (not written); otherwise six numbers.</value>
    public IReadOnlyList<double>? ImageOrientationPatient { get; init; }

    /// <summary>Gets the Pixel Spacing: row spacing then column spacing, in millimetres.</summary>
    /// <value>The default value is <see langword="null"/> (not written); otherwise two positive numbers.</value>
    public IReadOnlyList<double>? PixelSpacing { get; init; }

    /// <summary>Gets the Slice Thickness in millimetres.</summary>
    /// <value>The default value is <see langword="null"/> (not written).</value>
    public double? SliceThickness { get; init; }
}
