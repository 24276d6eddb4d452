namespace ChronoMid.Dicom;

/// <summary>An image's header and its modality values, as returned by <see cref="DicomReader.ReadImage"/>.</summary>
public sealed class DicomImage
{
    internal DicomImage(DicomFile header, float[] modalityValues, int rows, int columns, int frames)
    {
        Header = header;
        ModalityValues = modalityValues;
        Rows = rows;
        Columns = columns;
        Frames = frames;
    }

    /// <summary>Gets the file's header (and, when the pixels needed a full read, its pixel bytes too).</summary>
    /// <value>The parsed file.</value>
    public DicomFile Header { get; }

    /// <summary>Gets the modality values (stored × slope + intercept), frame by frame, row by row.</summary>
    /// <value>An array of <see cref="Rows"/> × <see cref="Columns"/> × <see cref="Frames"/> values.</value>
    public float[] ModalityValues { get; }

    /// <summary>Gets the image height.</summary>
    /// <value>The number of rows, in pixels.</value>
    public int Rows { get; }

    /// <summary>Gets the image width.</summary>
    /// <value>The number of columns, in pixels.</value>
    public int Columns { get; }

    /// <summary>Gets the number of frames.</summary>
    /// <value>1 for a single slice.</value>
    public int Frames { get; }
}
