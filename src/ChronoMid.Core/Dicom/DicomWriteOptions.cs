namespace ChronoMid.Dicom;

/// <summary>How <see cref="DicomWriter"/> labels the files it writes.</summary>
public sealed class DicomWriteOptions
{
    /// <summary>The SOP Class UID of CT Image Storage.</summary>
    public const string CTImageStorage = "1.2.840.10008.5.1.4.1.1.2";

    /// <summary>The SOP Class UID of Secondary Capture Image Storage.</summary>
    public const string SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";

    /// <summary>Gets or sets the SOP Class UID written to (0002,0002) and (0008,0016).</summary>
    /// <value>The default value is CT Image Storage, <see cref="CTImageStorage"/>.</value>
    public string SopClassUid { get; set; } = CTImageStorage;

    /// <summary>Gets or sets the root under which missing study, series and instance UIDs are derived.</summary>
    /// <value>The default value is <see langword="null"/>: UIDs are derived under <c>2.25</c>
    /// (<see cref="DicomUid.FromSeed"/>).</value>
    public string? UidRoot { get; set; }

    /// <summary>Gets or sets the Implementation Version Name (0002,0013), at most 16 characters.</summary>
    /// <value>The default value is <c>CHRONOMID_0_1</c>.</value>
    public string ImplementationVersionName { get; set; } = "CHRONOMID_0_1";
}
