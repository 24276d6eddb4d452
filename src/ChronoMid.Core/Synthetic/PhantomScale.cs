namespace ChronoMid.Synthetic;

/// <summary>
/// The sampling of a phantom study: pixel spacing, the range of cropped image sizes and the nominal number of
/// slices per scan. <see cref="Full"/> matches the paper's data; <see cref="Demo"/> is small enough for a CPU demo.
/// </summary>
/// <remarks>
/// The anatomy is defined in millimetres, so a scale changes sampling only: the same subject at a coarser scale
/// is the same bone seen with larger pixels and fewer, thicker slices.
/// </remarks>
public sealed class PhantomScale
{
    /// <summary>The distance between the growth plates that the nominal slice count spans, in millimetres.</summary>
    public const double ReferenceLengthMm = 13.0;

    /// <summary>Gets or sets the in-plane pixel spacing (rows and columns alike), in millimetres.</summary>
    /// <value>The default value is 0.04 mm (the demo scale).</value>
    public double PixelSpacingMm { get; set; } = 0.04;

    /// <summary>Gets or sets the smallest cropped image height, in pixels.</summary>
    /// <value>The default value is 100 pixels.</value>
    public int MinRows { get; set; } = 100;

    /// <summary>Gets or sets the largest cropped image height, in pixels.</summary>
    /// <value>The default value is 125 pixels.</value>
    public int MaxRows { get; set; } = 125;

    /// <summary>Gets or sets the smallest cropped image width, in pixels.</summary>
    /// <value>The default value is 125 pixels.</value>
    public int MinColumns { get; set; } = 125;

    /// <summary>Gets or sets the largest cropped image width, in pixels.</summary>
    /// <value>The default value is 191 pixels.</value>
    public int MaxColumns { get; set; } = 191;

    /// <summary>
    /// Gets or sets the nominal number of slices per scan, spanning <see cref="ReferenceLengthMm"/>; each scan
    /// varies around it by <see cref="PhantomOptions.SliceCountVariation"/>.
    /// </summary>
    /// <value>The default value is 20 slices.</value>
    public int SlicesPerScan { get; set; } = 20;

    /// <summary>Gets the distance between neighbouring slices (and the slice thickness), in millimetres.</summary>
    public double SliceSpacingMm => ReferenceLengthMm / SlicesPerScan;

    /// <summary>
    /// Creates the paper's scale: 10 μm pixels, crops of 400–501 × 500–763 pixels, 1 300 slices a scan.
    /// </summary>
    /// <returns>A new scale object.</returns>
    public static PhantomScale Full() => FromFactor(1.0, 1300);

    /// <summary>Creates the demo scale: 40 μm pixels, crops of 100–125 × 125–191 pixels, 20 slices a scan.</summary>
    /// <returns>A new scale object.</returns>
    public static PhantomScale Demo() => FromFactor(0.25, 20);

    /// <summary>
    /// Creates a scale whose image sizes are the paper's times <paramref name="factor"/> (pixel spacing divided by
    /// it, so the field of view stays 4–5 mm × 5–7.6 mm) with the given nominal slice count.
    /// </summary>
    /// <param name="factor">The linear sampling factor: 1 is the paper's 10 μm pixels, 0.25 gives 40 μm.</param>
    /// <param name="slicesPerScan">The nominal number of slices per scan.</param>
    /// <returns>A new scale object.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="factor"/> is not in (0, 2], or <paramref name="slicesPerScan"/> is less than 2.
    /// </exception>
    public static PhantomScale FromFactor(double factor, int slicesPerScan)
    {
        if (!(factor > 0 && factor <= 2))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor,
                $"Expected a scale factor in (0, 2] (1 is the paper's 10 μm pixels); got {factor}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(slicesPerScan, 2);
        return new PhantomScale
        {
            PixelSpacingMm = 0.01 / factor,
            MinRows = (int)Math.Round(400 * factor),
            MaxRows = (int)Math.Round(501 * factor),
            MinColumns = (int)Math.Round(500 * factor),
            MaxColumns = (int)Math.Round(763 * factor),
            SlicesPerScan = slicesPerScan,
        };
    }

    internal PhantomScale Copy() => new()
    {
        PixelSpacingMm = PixelSpacingMm,
        MinRows = MinRows,
        MaxRows = MaxRows,
        MinColumns = MinColumns,
        MaxColumns = MaxColumns,
        SlicesPerScan = SlicesPerScan,
    };
}
