namespace ChronoMid.Synthetic;

/// <summary>
/// One rendered cross-section of a phantom scan: its pixels as densities and as stored 16-bit values, and what
/// a DICOM writer needs to place it (row-major, row 0 at the top; position along the bone from the proximal end).
/// </summary>
/// <remarks>
/// <see cref="Values"/> holds exactly <c>StoredValues[i] × RescaleSlope + RescaleIntercept</c> as float32, so
/// writing the stored values with that slope and intercept and reading them back gives the same densities.
/// </remarks>
public sealed class PhantomSlice
{
    private readonly float[] _values;
    private readonly short[] _storedValues;

    internal PhantomSlice(PhantomScan scan, int index, double relativePosition, float[] values, short[] storedValues)
    {
        SubjectId = scan.SubjectId;
        Week = scan.Week;
        Index = index;
        Rows = scan.Rows;
        Columns = scan.Columns;
        PixelSpacingMm = scan.PixelSpacingMm;
        SliceThicknessMm = scan.SliceThicknessMm;
        PositionMm = index * scan.SliceThicknessMm;
        RelativePosition = relativePosition;
        RescaleSlope = scan.RescaleSlope;
        RescaleIntercept = scan.RescaleIntercept;
        _values = values;
        _storedValues = storedValues;
    }

    /// <summary>Gets the subject's identifier.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the week of the scan (whole weeks since the study began).</summary>
    public int Week { get; }

    /// <summary>Gets the slice's zero-based index from the proximal end of the scan.</summary>
    public int Index { get; }

    /// <summary>Gets the DICOM instance number: the one-based index from the proximal end.</summary>
    public int InstanceNumber => Index + 1;

    /// <summary>Gets the image height, in pixels.</summary>
    public int Rows { get; }

    /// <summary>Gets the image width, in pixels.</summary>
    public int Columns { get; }

    /// <summary>Gets the pixel spacing along rows and columns alike, in millimetres.</summary>
    public double PixelSpacingMm { get; }

    /// <summary>Gets the slice thickness, equal to the distance between neighbouring slices, in millimetres.</summary>
    public double SliceThicknessMm { get; }

    /// <summary>
    /// Gets the slice's position along the bone from the scan's first (proximal) slice, in millimetres.
    /// </summary>
    public double PositionMm { get; }

    /// <summary>Gets the position between the growth plates: 0 proximal, 1 distal (clamped at 1 beyond it).</summary>
    public double RelativePosition { get; }

    /// <summary>Gets the rescale slope, in mg HA/cm³ per stored unit.</summary>
    public double RescaleSlope { get; }

    /// <summary>Gets the rescale intercept, in mg HA/cm³.</summary>
    public double RescaleIntercept { get; }

    /// <summary>Gets the densities, in mg HA/cm³, row-major (<see cref="Rows"/> × <see cref="Columns"/>).</summary>
    public ReadOnlyMemory<float> Values => _values;

    /// <summary>Gets the stored 16-bit values, row-major; density = stored × slope + intercept.</summary>
    public ReadOnlyMemory<short> StoredValues => _storedValues;

    /// <summary>Gets the density at one pixel, in mg HA/cm³.</summary>
    /// <param name="row">The row, from 0 at the top.</param>
    /// <param name="column">The column, from 0 at the left.</param>
    /// <returns>The density.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row or column lies outside the image.</exception>
    public float this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
            return _values[(row * Columns) + column];
        }
    }
}
