namespace ChronoMid.Imaging;

/// <summary>A slice placed on a canvas, with the record of how it was placed.</summary>
/// <param name="Image">The canvas-sized slice.</param>
/// <param name="Placement">The canvas, offsets, scales and fill value used.</param>
public sealed record ExpandedSlice(ImageSlice Image, CanvasPlacement Placement);
