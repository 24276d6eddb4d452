namespace ChronoMid.Dicom;

/// <summary>
/// A parsed DICOM file or data set: the File Meta group, the data set, the transfer syntax, typed access to
/// the header fields ChronoMid uses, and (after a full read) decoding of the pixels.
/// </summary>
public sealed partial class DicomFile
{
    internal DicomFile(DicomDataset fileMeta, DicomDataset dataset, DicomTransferSyntax transferSyntax,
        bool hasPreamble, bool isHeaderOnly, string? filePath)
    {
        FileMeta = fileMeta;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
        HasPreamble = hasPreamble;
        IsHeaderOnly = isHeaderOnly;
        FilePath = filePath;
    }

    /// <summary>Gets the file this was read from.</summary>
    /// <value>The path, or <see langword="null"/> when read from a stream.</value>
    public string? FilePath { get; internal set; }

    /// <summary>Gets the File Meta group (0002,xxxx).</summary>
    /// <value>The group's elements; empty for a bare data set.</value>
    public DicomDataset FileMeta { get; }

    /// <summary>Gets the data set after the File Meta group.</summary>
    /// <value>The top-level elements, in file order.</value>
    public DicomDataset Dataset { get; }

    /// <summary>Gets the transfer syntax the data set is encoded in.</summary>
    /// <value>From (0002,0010), or inferred for a bare data set (see <see cref="IsSyntaxInferred"/>).</value>
    public DicomTransferSyntax TransferSyntax { get; }

    /// <summary>Gets a value indicating whether the input began with a 128-byte preamble and <c>DICM</c>.</summary>
    /// <value><see langword="false"/> for a bare data set.</value>
    public bool HasPreamble { get; }

    /// <summary>Gets a value indicating whether the transfer syntax was inferred from the first element.</summary>
    /// <value><see langword="true"/> when the File Meta group has no Transfer Syntax UID.</value>
    public bool IsSyntaxInferred { get; internal init; }

    /// <summary>Gets a value indicating whether this came from a header-only read (no pixel bytes).</summary>
    /// <value><see langword="true"/> after <see cref="DicomReader.ReadHeader(string, DicomReadOptions?)"/>.</value>
    public bool IsHeaderOnly { get; }

    /// <summary>Gets the top-level Pixel Data element (never one inside an Icon Image Sequence item).</summary>
    /// <value>The element, or <see langword="null"/> when the data set has no pixels.</value>
    public DicomElement? PixelData => Dataset.GetElement(DicomTags.PixelData);

    /// <summary>Gets the byte offset of the Pixel Data value in the file, for reading it later.</summary>
    internal long? PixelDataValueOffset { get; init; }

    /// <summary>Returns the transfer syntax and image size, for example
    /// <c>Explicit VR Little Endian 512 x 512 x 1</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{TransferSyntax.Name} {Rows} x {Columns} x {NumberOfFrames}";
}
