namespace ChronoMid.Studies;

/// <summary>What a slice's header says about where it lies in its scan; any part may be missing.</summary>
/// <param name="FileName">The slice's file name, the last tie-breaker.</param>
/// <param name="ImagePosition">Image Position (Patient): x, y, z of the first pixel in mm, or null.</param>
/// <param name="ImageOrientation">Image Orientation (Patient): row then column direction cosines, or null.</param>
/// <param name="InstanceNumber">Instance Number, or null.</param>
public sealed record SlicePlacement(
    string FileName,
    IReadOnlyList<double>? ImagePosition,
    IReadOnlyList<double>? ImageOrientation,
    int? InstanceNumber)
{
    /// <summary>
    /// Gets the position along the slice normal in mm: the dot product of Image Position with the cross product of
    /// the row and column directions, or the z coordinate when the orientation is missing; null without a position.
    /// </summary>
    public double? PositionAlongNormal
    {
        get
        {
            if (ImagePosition is not { Count: 3 } p)
            {
                return null;
            }

            if (ImageOrientation is not { Count: 6 } o)
            {
                return p[2];
            }

            var nx = (o[1] * o[5]) - (o[2] * o[4]);
            var ny = (o[2] * o[3]) - (o[0] * o[5]);
            var nz = (o[0] * o[4]) - (o[1] * o[3]);
            return (p[0] * nx) + (p[1] * ny) + (p[2] * nz);
        }
    }
}
