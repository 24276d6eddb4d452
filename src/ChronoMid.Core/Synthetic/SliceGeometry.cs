namespace ChronoMid.Synthetic;

/// <summary>
/// The cross-section of one slice in the bone's own frame, in pixels: periosteal and endosteal radii by angle,
/// the fibula, the leg's outline and the trabecular lattice's parameters.
/// </summary>
internal sealed class SliceGeometry
{
    /// <summary>Angular resolution of the outline tables; 1 024 bins keep outlines smooth at full size.</summary>
    internal const int AngleBins = 1024;

    /// <summary>In-plane size of one trabecular lattice cell, in millimetres (about the trabecular spacing).</summary>
    internal const float TrabecularCellMm = 0.3f;

    /// <summary>Axial size of one lattice cell, in millimetres: metaphyseal struts run mostly along the bone.</summary>
    internal const float TrabecularCellAxialMm = 0.6f;

    /// <summary>Half-width of the lattice's level band at baseline, in noise units (BV/TV about 0.12).</summary>
    internal const float BaselineStrutHalfWidth = 0.035f;

    public SliceGeometry(PhantomScan scan, int index)
    {
        var settings = scan.Settings;
        var anatomy = scan.Subject.Anatomy;
        var spacing = settings.PixelSpacingMm;
        PositionMm = index * settings.SliceSpacingMm;
        RelativePosition = Math.Clamp(PositionMm / anatomy.BoneLengthMm, 0, 1);
        var t = RelativePosition;

        // Cortical thickening is laid down partly on the outer (periosteal) surface, the rest inward.
        var baseThickness = BoneProfiles.CorticalThicknessMm(t) * anatomy.CorticalThicknessFactor;
        var thickness = baseThickness * Math.Max(0.2, 1 + scan.CorticalThicknessChange);
        var meanRadius = (BoneProfiles.PeriostealRadiusMm(t) * anatomy.SizeFactor)
            + (settings.PeriostealShare * (thickness - baseThickness));
        var triangularity = BoneProfiles.TriangularityAt(t) * anatomy.TriangularityFactor;
        var ellipticity = BoneProfiles.EllipticityAt(t);
        var lobeAngle = (-Math.PI / 2) + anatomy.OutlineAngleRadians;

        Periosteal = new float[AngleBins + 1];
        Endosteal = new float[AngleBins + 1];
        var maxRadius = 0.0;
        for (var bin = 0; bin <= AngleBins; bin++)
        {
            var theta = -Math.PI + (2 * Math.PI * bin / AngleBins);
            var outer = meanRadius * (1 + (triangularity * Math.Cos(3 * (theta - lobeAngle)))
                + (ellipticity * Math.Cos(2 * (theta - anatomy.OutlineAngleRadians))));

            // The posterior cortex (positive y) is a little thicker than the anterior.
            var localThickness = thickness * (1 + (0.2 * Math.Sin(theta)));
            var inner = Math.Max(0.3 * outer, outer - localThickness);
            Periosteal[bin] = (float)(outer / spacing);
            Endosteal[bin] = (float)(inner / spacing);
            maxRadius = Math.Max(maxRadius, outer);
        }

        BoundingRadius = (float)(maxRadius / spacing) + 2;

        var rotation = scan.RotationDegrees * Math.PI / 180;
        Cos = (float)Math.Cos(rotation);
        Sin = (float)Math.Sin(rotation);
        CentreX = ((scan.Columns - 1) / 2f) + (float)scan.TranslationX;
        CentreY = ((scan.Rows - 1) / 2f) + (float)scan.TranslationY;

        var gap = BoneProfiles.FibulaGapMm(t);
        HasFibula = settings.IncludeFibula && gap >= -BoneProfiles.FibulaRadiusMm;
        if (HasFibula)
        {
            var angle = anatomy.FibulaAngleRadians;
            var bin = (int)Math.Round((angle + Math.PI) / (2 * Math.PI) * AngleBins);
            var distance = (Periosteal[Math.Clamp(bin, 0, AngleBins)] * spacing) + gap + BoneProfiles.FibulaRadiusMm;
            FibulaX = (float)(distance * Math.Cos(angle) / spacing);
            FibulaY = (float)(distance * Math.Sin(angle) / spacing);
            FibulaRadius = (float)(BoneProfiles.FibulaRadiusMm / spacing);
        }

        LegX = (float)(BoneProfiles.LegOffsetXMm / spacing);
        LegY = (float)(BoneProfiles.LegOffsetYMm / spacing);
        LegSemiX = (float)(BoneProfiles.LegSemiAxisXMm(t) / spacing);
        LegSemiY = (float)(BoneProfiles.LegSemiAxisYMm(t) / spacing);

        // BV/TV scales with the subject's factor and the week's change; the band width that gives it comes from
        // the lattice's own value distribution. Along the shaft the band simply narrows until struts vanish.
        var fraction = StrutCalibration.FractionWithin(BaselineStrutHalfWidth) * anatomy.TrabecularFactor
            * Math.Max(0.05, 1 + scan.TrabecularBoneVolumeChange);
        StrutHalfWidth = (float)(StrutCalibration.HalfWidthFor(fraction) * BoneProfiles.TrabecularExtentAt(t));

        // The band's edge is blurred over about one pixel: the lattice's value changes by roughly one unit per
        // cell, so one pixel spans spacing / cell units of it.
        StrutEdge = (float)(0.8 * spacing / TrabecularCellMm);
        LatticeScale = (float)(spacing / TrabecularCellMm);
        LatticeZ = (float)(PositionMm / TrabecularCellAxialMm);
        CorticalDensity = (float)anatomy.CorticalDensity;
        TrabecularDensity = (float)anatomy.TrabecularDensity;
        FibulaDensity = CorticalDensity * TissueDensity.FibulaFraction;
        TrabecularSeed = anatomy.TrabecularSeed;
    }

    public double PositionMm { get; }

    public double RelativePosition { get; }

    /// <summary>Gets the periosteal radius by angle bin (bin 0 at −π, the last bin repeats +π), in pixels.</summary>
    public float[] Periosteal { get; }

    /// <summary>Gets the endosteal radius by angle bin, in pixels.</summary>
    public float[] Endosteal { get; }

    public float BoundingRadius { get; }

    public float Cos { get; }

    public float Sin { get; }

    public float CentreX { get; }

    public float CentreY { get; }

    public bool HasFibula { get; }

    public float FibulaX { get; }

    public float FibulaY { get; }

    public float FibulaRadius { get; }

    public float LegX { get; }

    public float LegY { get; }

    public float LegSemiX { get; }

    public float LegSemiY { get; }

    public float StrutHalfWidth { get; }

    public float StrutEdge { get; }

    public float LatticeScale { get; }

    public float LatticeZ { get; }

    public float CorticalDensity { get; }

    public float TrabecularDensity { get; }

    public float FibulaDensity { get; }

    public ulong TrabecularSeed { get; }
}
