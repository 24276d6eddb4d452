namespace ChronoMid.Imaging;

/// <summary>
/// How one slice was placed on its canvas, to be stored with each sample so that expansion can be reproduced.
/// </summary>
/// <param name="Source">The slice's size before expansion, in pixels.</param>
/// <param name="Canvas">The canvas size, in pixels.</param>
/// <param name="Placed">The size of the (possibly resampled) slice on the canvas, in pixels.</param>
/// <param name="RowOffset">The canvas row of the placed slice's first row, in pixels.</param>
/// <param name="ColumnOffset">The canvas column of the placed slice's first column, in pixels.</param>
/// <param name="RowScale">Placed rows divided by source rows (1 when not resampled).</param>
/// <param name="ColumnScale">Placed columns divided by source columns (1 when not resampled).</param>
/// <param name="FillValue">The value of the surround: the source slice's minimum, in modality units.</param>
public sealed record CanvasPlacement(
    SliceSize Source,
    SliceSize Canvas,
    SliceSize Placed,
    int RowOffset,
    int ColumnOffset,
    double RowScale,
    double ColumnScale,
    float FillValue);
