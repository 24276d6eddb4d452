namespace ChronoMid.Synthetic;

/// <summary>Draws the noise-free cross-section: leg, tibia (cortex, marrow, trabeculae) and fibula.</summary>
internal static partial class SliceRenderer
{
    private const float BinsPerRadian = SliceGeometry.AngleBins / (2 * MathF.PI);

    private static void DrawAnatomy(SliceGeometry g, float[] density, int columns, int firstRow, int lastRow)
    {
        var bound2 = g.BoundingRadius * g.BoundingRadius;
        for (var row = firstRow; row < lastRow; row++)
        {
            var y = row - g.CentreY;
            var offset = row * columns;
            for (var column = 0; column < columns; column++)
            {
                var x = column - g.CentreX;

                // Into the bone's frame: undo the scan's rotation about the tibia's centre.
                var xb = (x * g.Cos) + (y * g.Sin);
                var yb = (y * g.Cos) - (x * g.Sin);
                var value = Coverage(LegInside(g, xb, yb)) * TissueDensity.SoftTissue;

                var rho2 = (xb * xb) + (yb * yb);
                if (rho2 < bound2)
                {
                    value = DrawTibia(g, xb, yb, MathF.Sqrt(rho2), value);
                }

                if (g.HasFibula)
                {
                    var dx = xb - g.FibulaX;
                    var dy = yb - g.FibulaY;
                    var fibula = Coverage(g.FibulaRadius - MathF.Sqrt((dx * dx) + (dy * dy)));
                    value += fibula * (g.FibulaDensity - value);
                }

                density[offset + column] = value;
            }
        }
    }

    private static float DrawTibia(SliceGeometry g, float xb, float yb, float rho, float outside)
    {
        var position = (MathF.Atan2(yb, xb) + MathF.PI) * BinsPerRadian;
        var bin = Math.Clamp((int)position, 0, SliceGeometry.AngleBins - 1);
        var fraction = position - bin;
        var periosteal = g.Periosteal[bin] + (fraction * (g.Periosteal[bin + 1] - g.Periosteal[bin]));
        var endosteal = g.Endosteal[bin] + (fraction * (g.Endosteal[bin + 1] - g.Endosteal[bin]));
        var bone = Coverage(periosteal - rho);
        if (bone <= 0)
        {
            return outside;
        }

        var cavity = Coverage(endosteal - rho);
        var marrow = TissueDensity.Marrow;
        if (cavity > 0 && g.StrutHalfWidth > 0)
        {
            var n = GradientNoise.Sample(g.TrabecularSeed, xb * g.LatticeScale, yb * g.LatticeScale, g.LatticeZ);
            var strut = Math.Clamp(((g.StrutHalfWidth - MathF.Abs(n)) / g.StrutEdge) + 0.5f, 0, 1);
            marrow += strut * (g.TrabecularDensity - marrow);
        }

        return (outside * (1 - bone)) + (g.CorticalDensity * (bone - cavity)) + (marrow * cavity);
    }

    /// <summary>Signed distance inside the leg's ellipse, in pixels (approximate away from the outline).</summary>
    private static float LegInside(SliceGeometry g, float xb, float yb)
    {
        var u = (xb - g.LegX) / g.LegSemiX;
        var v = (yb - g.LegY) / g.LegSemiY;
        return (1 - MathF.Sqrt((u * u) + (v * v))) * MathF.Min(g.LegSemiX, g.LegSemiY);
    }

    /// <summary>The fraction of a pixel covered by a region whose edge lies at signed distance d (pixels).</summary>
    private static float Coverage(float distanceInside) => Math.Clamp(distanceInside + 0.5f, 0, 1);
}
