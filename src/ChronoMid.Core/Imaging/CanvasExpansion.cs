namespace ChronoMid.Imaging;

/// <summary>
/// Places slices centrally on one canvas, the surround filled with each slice's own minimum, resampling first
/// when the fit mode asks for it.
/// </summary>
/// <remarks>
/// <para>Deterministic: yes. Cached: nothing. Input: a slice of any size. Output: a canvas-sized slice and its
/// <see cref="CanvasPlacement"/>. Immutable and safe to share between threads.</para>
/// <para>Centring: the offset is half the difference, rounded down, so when the difference is odd the extra
/// pixel lies at the bottom (rows) or right (columns), as <c>numpy.pad</c> with <c>(d // 2, d - d // 2)</c>.</para>
/// <para>Resampling is separable. Enlarging a direction uses bilinear interpolation with pixel centres aligned
/// (sample point (o + 0.5) · source / target − 0.5, clamped to the edge); shrinking a direction uses area
/// averaging, each output pixel the overlap-weighted mean of the source pixels it covers, so thin cortical
/// bone is not skipped.</para>
/// </remarks>
public sealed class CanvasExpansion
{
    /// <summary>Creates an expansion onto a canvas of a given size.</summary>
    /// <param name="canvas">The canvas size, in pixels; both sides at least 1.</param>
    /// <param name="fit">What to do with slices that differ from the canvas.</param>
    /// <exception cref="ArgumentOutOfRangeException">A canvas side is less than 1, or the fit is undefined.</exception>
    public CanvasExpansion(SliceSize canvas, CanvasFit fit = CanvasFit.PadOnly)
    {
        if (canvas.Rows < 1 || canvas.Columns < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(canvas), canvas, "Expected a canvas of at least 1 × 1 pixels.");
        }

        if (!Enum.IsDefined(fit))
        {
            throw new ArgumentOutOfRangeException(nameof(fit), fit,
                "Expected PadOnly, ScaleKeepingAspectRatio or Stretch.");
        }

        Canvas = canvas;
        Fit = fit;
    }

    /// <summary>Gets the canvas size, in pixels.</summary>
    public SliceSize Canvas { get; }

    /// <summary>Gets what is done with slices that differ from the canvas.</summary>
    /// <value>The default value is <see cref="CanvasFit.PadOnly"/>.</value>
    public CanvasFit Fit { get; }

    /// <summary>Creates a pad-only expansion onto the largest height and width among the given slice sizes.</summary>
    /// <param name="sizes">Every slice size in the set (for example a study).</param>
    /// <returns>The expansion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sizes"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="sizes"/> is empty or holds a size that is not positive.
    /// </exception>
    public static CanvasExpansion ToLargest(IEnumerable<SliceSize> sizes) => new(SliceSize.Largest(sizes));

    /// <summary>Places one slice on the canvas.</summary>
    /// <param name="slice">The slice.</param>
    /// <returns>The canvas-sized slice and how it was placed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="slice"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is pad-only and the slice is larger than the canvas.</exception>
    public ExpandedSlice Expand(ImageSlice slice)
    {
        ArgumentNullException.ThrowIfNull(slice);
        var source = slice.Size;
        if (Fit == CanvasFit.PadOnly && (source.Rows > Canvas.Rows || source.Columns > Canvas.Columns))
        {
            throw new ArgumentException(
                $"The slice is {source} pixels but the canvas is {Canvas} and fitting is off "
                + "(CanvasFit.PadOnly); use a larger canvas or CanvasFit.ScaleKeepingAspectRatio or "
                + "CanvasFit.Stretch.", nameof(slice));
        }

        var placedSize = PlacedSize(source);
        var placed = placedSize == source ? slice : Resampling.Resample(slice, placedSize);
        var rowOffset = (Canvas.Rows - placedSize.Rows) / 2;
        var columnOffset = (Canvas.Columns - placedSize.Columns) / 2;
        var fill = slice.Min;
        var placement = new CanvasPlacement(source, Canvas, placedSize, rowOffset, columnOffset,
            (double)placedSize.Rows / source.Rows, (double)placedSize.Columns / source.Columns, fill);
        if (placedSize == Canvas)
        {
            return new ExpandedSlice(placed, placement);
        }

        var pixels = GC.AllocateUninitializedArray<float>(Canvas.PixelCount);
        pixels.AsSpan(0, rowOffset * Canvas.Columns).Fill(fill);
        var from = placed.Pixels;
        for (var r = 0; r < placedSize.Rows; r++)
        {
            var row = pixels.AsSpan((rowOffset + r) * Canvas.Columns, Canvas.Columns);
            row[..columnOffset].Fill(fill);
            from.Slice(r * placedSize.Columns, placedSize.Columns).CopyTo(row[columnOffset..]);
            row[(columnOffset + placedSize.Columns)..].Fill(fill);
        }

        pixels.AsSpan((rowOffset + placedSize.Rows) * Canvas.Columns).Fill(fill);
        return new ExpandedSlice(ImageSlice.TakeOwnership(Canvas.Rows, Canvas.Columns, pixels), placement);
    }

    private SliceSize PlacedSize(SliceSize source)
    {
        switch (Fit)
        {
            case CanvasFit.Stretch:
                return Canvas;
            case CanvasFit.ScaleKeepingAspectRatio:
                var scale = Math.Min((double)Canvas.Rows / source.Rows, (double)Canvas.Columns / source.Columns);
                return new SliceSize(
                    Math.Clamp((int)Math.Round(source.Rows * scale), 1, Canvas.Rows),
                    Math.Clamp((int)Math.Round(source.Columns * scale), 1, Canvas.Columns));
            default:
                return source;
        }
    }
}
