namespace ChronoMid.Synthetic;

/// <summary>
/// The baseline tibial anatomy as functions of the relative position t along the bone between the growth plates
/// (0 proximal, near the knee; 1 distal, near the ankle), in millimetres unless stated. Values follow published
/// μCT morphometry of adult female C57BL/6 tibiae in broad strokes (docs/phantom.md); they are a plausible
/// shape, not a measured atlas.
/// </summary>
internal static class BoneProfiles
{
    /// <summary>Mean periosteal radius: about 2.3 mm across proximally, narrowing to about 1.1 mm distally.</summary>
    private static readonly (double T, double Value)[] PeriostealRadius =
        [(0.0, 1.15), (0.1, 1.0), (0.3, 0.72), (0.55, 0.6), (0.8, 0.56), (1.0, 0.6)];

    /// <summary>Relative amplitude of the three-lobed (triangular) outline, largest proximally.</summary>
    private static readonly (double T, double Value)[] Triangularity =
        [(0.0, 0.15), (0.3, 0.12), (0.6, 0.05), (0.85, 0.0), (1.0, 0.0)];

    /// <summary>Relative amplitude of the two-lobed (elliptical) outline.</summary>
    private static readonly (double T, double Value)[] Ellipticity =
        [(0.0, 0.06), (0.4, 0.1), (0.8, 0.04), (1.0, 0.02)];

    /// <summary>Mean cortical thickness: thin in the metaphysis, about 0.2 mm along the diaphysis.</summary>
    private static readonly (double T, double Value)[] CorticalThickness =
        [(0.0, 0.06), (0.12, 0.1), (0.35, 0.18), (0.6, 0.21), (0.85, 0.22), (1.0, 0.16)];

    /// <summary>
    /// Trabecular presence (0–1): the proximal metaphysis, fading along the shaft, and a little distally.
    /// </summary>
    private static readonly (double T, double Value)[] TrabecularExtent =
        [(0.0, 1.0), (0.05, 1.0), (0.22, 0.0), (0.93, 0.0), (1.0, 0.5)];

    /// <summary>
    /// Gap between tibia and fibula; negative once the fibula has fused with the tibia (about t = 0.6).
    /// </summary>
    private static readonly (double T, double Value)[] FibulaGap =
        [(0.0, 0.45), (0.3, 0.3), (0.55, 0.02), (0.62, -0.2), (1.0, -0.2)];

    /// <summary>Semi-axes of the leg's soft tissue, mediolateral then anteroposterior.</summary>
    private static readonly (double T, double Value)[] LegSemiAxisX = [(0.0, 2.2), (0.5, 1.7), (1.0, 1.3)];

    private static readonly (double T, double Value)[] LegSemiAxisY = [(0.0, 1.6), (0.5, 1.35), (1.0, 1.05)];

    /// <summary>Fibula radius, in millimetres.</summary>
    internal const double FibulaRadiusMm = 0.13;

    /// <summary>
    /// Offset of the leg's centre from the tibia's, mediolateral then anteroposterior, in millimetres.
    /// </summary>
    internal const double LegOffsetXMm = 0.3;

    internal const double LegOffsetYMm = 0.3;

    public static double PeriostealRadiusMm(double t) => Interpolate(PeriostealRadius, t);

    public static double TriangularityAt(double t) => Interpolate(Triangularity, t);

    public static double EllipticityAt(double t) => Interpolate(Ellipticity, t);

    public static double CorticalThicknessMm(double t) => Interpolate(CorticalThickness, t);

    public static double TrabecularExtentAt(double t) => Interpolate(TrabecularExtent, t);

    public static double FibulaGapMm(double t) => Interpolate(FibulaGap, t);

    public static double LegSemiAxisXMm(double t) => Interpolate(LegSemiAxisX, t);

    public static double LegSemiAxisYMm(double t) => Interpolate(LegSemiAxisY, t);

    private static double Interpolate((double T, double Value)[] knots, double t)
    {
        if (t <= knots[0].T)
        {
            return knots[0].Value;
        }

        for (var i = 1; i < knots.Length; i++)
        {
            if (t <= knots[i].T)
            {
                var (t0, v0) = knots[i - 1];
                var (t1, v1) = knots[i];
                var u = (t - t0) / (t1 - t0);

                // Smoothstep blending keeps the outline free of visible kinks between knots.
                u = u * u * (3 - (2 * u));
                return v0 + ((v1 - v0) * u);
            }
        }

        return knots[^1].Value;
    }
}
