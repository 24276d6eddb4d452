namespace ChronoMid.Synthetic;

/// <summary>
/// Options for a synthetic longitudinal μCT study of mouse tibiae (<see cref="PhantomStudy.Create"/>). The
/// defaults reproduce the paper's design at demo scale: a control and a PTH group, weekly scans in weeks 0–8,
/// week 2 missing for everyone, the last PTH subject missing week 8, treatment from week 4.
/// </summary>
/// <remarks>
/// Densities are in mg HA/cm³ (milligrams of hydroxyapatite per cubic centimetre); see docs/phantom.md.
/// </remarks>
public sealed class PhantomOptions
{
    /// <summary>Gets or sets the seed from which every random quantity of the study is derived.</summary>
    /// <value>The default value is 7.</value>
    public long Seed { get; set; } = 7;

    /// <summary>Gets or sets the number of subjects in each of the two groups.</summary>
    /// <value>The default value is 3 subjects (the paper had 5).</value>
    public int SubjectsPerGroup { get; set; } = 3;

    /// <summary>Gets or sets the scan weeks (whole weeks since the study began) before any are left out.</summary>
    /// <value>The default value is weeks 0–8 (ages 14–22 weeks in the paper).</value>
    public IList<int> Weeks { get; set; } = [0, 1, 2, 3, 4, 5, 6, 7, 8];

    /// <summary>Gets or sets weeks with no scan for any subject.</summary>
    /// <value>The default value is week 2, as in the paper.</value>
    public IList<int> MissingWeeks { get; set; } = [2];

    /// <summary>
    /// Gets or sets individual scans left out; <see langword="null"/> means the paper's pattern: the last PTH
    /// subject lacks the last week of <see cref="Weeks"/>. An empty list leaves out none.
    /// </summary>
    /// <value>The default value is <see langword="null"/> (the paper's pattern).</value>
    public IList<MissingScan>? MissingScans { get; set; }

    /// <summary>Gets or sets the week in which PTH treatment begins, just after that week's scan.</summary>
    /// <remarks>The scan of this week itself shows no effect; each later week adds <see cref="Treatment"/>.</remarks>
    /// <value>The default value is week 4 (age 18 weeks in the paper).</value>
    public int TreatmentStartWeek { get; set; } = 4;

    /// <summary>Gets or sets the bone changes of normal ageing, applied to every subject from week 0.</summary>
    /// <value>The default value is <see cref="BoneChangeRates.Ageing"/>: BV/TV −1 %, Ct.Th +0.5 % a week.</value>
    public BoneChangeRates Ageing { get; set; } = BoneChangeRates.Ageing();

    /// <summary>Gets or sets the added bone changes per week of PTH treatment (before per-subject response).</summary>
    /// <value>The default value is <see cref="BoneChangeRates.Pth"/>: BV/TV +13 %, Ct.Th +4 % a week.</value>
    public BoneChangeRates Treatment { get; set; } = BoneChangeRates.Pth();

    /// <summary>
    /// Gets or sets the standard deviation of each PTH subject's response, as a fraction of <see cref="Treatment"/>
    /// (a subject's factor is drawn from a normal distribution around 1, truncated to ±3 standard deviations and
    /// at 0.1).
    /// </summary>
    /// <value>The default value is 0.2.</value>
    public double TreatmentResponseVariation { get; set; } = 0.2;

    /// <summary>
    /// Gets or sets the share of cortical thickening laid down on the periosteal (outer) surface; the rest is
    /// laid down on the endosteal (inner) surface, narrowing the marrow cavity.
    /// </summary>
    /// <value>The default value is 0.4.</value>
    public double PeriostealShare { get; set; } = 0.4;

    /// <summary>Gets or sets the sampling: pixel spacing, image sizes and slices per scan.</summary>
    /// <value>The default value is <see cref="PhantomScale.Demo"/>.</value>
    public PhantomScale Scale { get; set; } = PhantomScale.Demo();

    /// <summary>Gets or sets the date of the week-0 scans; week <c>w</c> is acquired <c>7·w</c> days later.</summary>
    /// <value>The default value is 6 January 2020.</value>
    public DateOnly StudyStartDate { get; set; } = new(2020, 1, 6);

    /// <summary>
    /// Gets or sets the standard deviation of the additive Gaussian image noise, in mg HA/cm³ (0 for none).
    /// </summary>
    /// <value>The default value is 50 mg HA/cm³ (cortex-to-marrow SNR about 21).</value>
    public double NoiseStandardDeviation { get; set; } = 50;

    /// <summary>
    /// Gets or sets the standard deviation of the Gaussian blur (partial volume), in pixels (0 for none).
    /// </summary>
    /// <value>The default value is 0.6 pixels.</value>
    public double BlurSigmaPixels { get; set; } = 0.6;

    /// <summary>Gets or sets the largest per-scan translation of the bone along each image axis, in pixels.</summary>
    /// <value>The default value is 3 pixels (drawn uniformly, sub-pixel included).</value>
    public double MaxTranslationPixels { get; set; } = 3;

    /// <summary>Gets or sets the largest per-scan rotation of the bone about its axis, in degrees.</summary>
    /// <value>The default value is 0.5 degrees.</value>
    public double MaxRotationDegrees { get; set; } = 0.5;

    /// <summary>Gets or sets the largest relative deviation of a scan's slice count from the nominal count.</summary>
    /// <value>The default value is 0.03 (±3 %).</value>
    public double SliceCountVariation { get; set; } = 0.03;

    /// <summary>
    /// Gets or sets a value indicating whether the fibula is drawn (separate proximally, fused distally).
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeFibula { get; set; } = true;

    /// <summary>Gets or sets the rescale slope: density (mg HA/cm³) = stored value × slope + intercept.</summary>
    /// <value>The default value is 0.1 mg HA/cm³ per stored unit.</value>
    public double RescaleSlope { get; set; } = 0.1;

    /// <summary>Gets or sets the rescale intercept, in mg HA/cm³.</summary>
    /// <value>The default value is 0 mg HA/cm³ (stored values span −3 276.8 to 3 276.7 mg HA/cm³).</value>
    public double RescaleIntercept { get; set; }

    /// <summary>
    /// Gets or sets the largest number of threads that render one slice; −1 uses every core. Output is the same
    /// whatever the value.
    /// </summary>
    /// <value>The default value is −1.</value>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    internal PhantomOptions Copy() => new()
    {
        Seed = Seed,
        SubjectsPerGroup = SubjectsPerGroup,
        Weeks = [.. Weeks ?? []],
        MissingWeeks = [.. MissingWeeks ?? []],
        MissingScans = MissingScans is null ? null : [.. MissingScans],
        TreatmentStartWeek = TreatmentStartWeek,
        Ageing = Ageing?.Copy()!,
        Treatment = Treatment?.Copy()!,
        TreatmentResponseVariation = TreatmentResponseVariation,
        PeriostealShare = PeriostealShare,
        Scale = Scale?.Copy()!,
        StudyStartDate = StudyStartDate,
        NoiseStandardDeviation = NoiseStandardDeviation,
        BlurSigmaPixels = BlurSigmaPixels,
        MaxTranslationPixels = MaxTranslationPixels,
        MaxRotationDegrees = MaxRotationDegrees,
        SliceCountVariation = SliceCountVariation,
        IncludeFibula = IncludeFibula,
        RescaleSlope = RescaleSlope,
        RescaleIntercept = RescaleIntercept,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
    };
}
