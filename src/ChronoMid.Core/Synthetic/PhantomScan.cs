using ChronoMid.Randomness;

namespace ChronoMid.Synthetic;

/// <summary>
/// One weekly scan of one phantom subject: its metadata (size, slice count, pose, date) is fixed when the study
/// is created; its slices are rendered on demand, one at a time, so a scan never sits in memory whole.
/// </summary>
/// <remarks>
/// Rendering is deterministic: a slice depends only on the study options and seed, the subject, the week and the
/// slice index, never on which slices were rendered before or on the number of threads.
/// </remarks>
public sealed class PhantomScan
{
    private readonly PhantomRenderSettings _settings;
    private readonly ulong _scanSeed;

    internal PhantomScan(PhantomSubject subject, int week, DateOnly acquisitionDate, ulong studySeed,
        PhantomRenderSettings settings, PhantomScale scale, PhantomOptions options)
    {
        _settings = settings;
        Subject = subject;
        Week = week;
        AcquisitionDate = acquisitionDate;
        _scanSeed = PhantomHash.Combine(PhantomHash.Combine(studySeed, PhantomHash.ScanDomain),
            (ulong)subject.Index, (ulong)week);
        SeriesUidSeed = PhantomHash.Combine(PhantomHash.Combine(studySeed, PhantomHash.SeriesDomain),
            (ulong)subject.Index, (ulong)week);

        // Draw order is part of the output's definition: append new draws at the end only.
        var rng = new SplitMix64(_scanSeed);
        Rows = scale.MinRows + (int)(rng.NextDouble() * (scale.MaxRows - scale.MinRows + 1));
        Columns = scale.MinColumns + (int)(rng.NextDouble() * (scale.MaxColumns - scale.MinColumns + 1));
        TranslationX = options.MaxTranslationPixels * rng.NextSigned();
        TranslationY = options.MaxTranslationPixels * rng.NextSigned();
        RotationDegrees = options.MaxRotationDegrees * rng.NextSigned();
        SliceCount = Math.Max(2, (int)Math.Round(
            scale.SlicesPerScan * (1 + (options.SliceCountVariation * rng.NextSigned()))));

        var anatomy = subject.Anatomy;
        var treatedWeeks = subject.Group == PhantomGroup.Pth ? Math.Max(0, week - options.TreatmentStartWeek) : 0;
        var response = anatomy.TreatmentResponse * treatedWeeks;
        CorticalThicknessChange = (options.Ageing.CorticalThicknessPerWeek * week)
            + (options.Treatment.CorticalThicknessPerWeek * response);
        TrabecularBoneVolumeChange = (options.Ageing.TrabecularBoneVolumePerWeek * week)
            + (options.Treatment.TrabecularBoneVolumePerWeek * response);
    }

    /// <summary>Gets the subject scanned.</summary>
    public PhantomSubject Subject { get; }

    /// <summary>Gets the subject's identifier.</summary>
    public string SubjectId => Subject.Id;

    /// <summary>Gets the week of the scan: whole weeks since the study began.</summary>
    public int Week { get; }

    /// <summary>Gets the acquisition date: the study start date plus seven days per week.</summary>
    public DateOnly AcquisitionDate { get; }

    /// <summary>
    /// Gets a number unique to this subject and week from which a writer can derive series and SOP UIDs.
    /// </summary>
    public ulong SeriesUidSeed { get; }

    /// <summary>Gets the cropped image height, in pixels.</summary>
    public int Rows { get; }

    /// <summary>Gets the cropped image width, in pixels.</summary>
    public int Columns { get; }

    /// <summary>Gets the number of slices, from the proximal growth plate distally.</summary>
    public int SliceCount { get; }

    /// <summary>Gets the pixel spacing along rows and columns alike, in millimetres.</summary>
    public double PixelSpacingMm => _settings.PixelSpacingMm;

    /// <summary>Gets the slice thickness and spacing, in millimetres.</summary>
    public double SliceThicknessMm => _settings.SliceSpacingMm;

    /// <summary>Gets the rescale slope, in mg HA/cm³ per stored unit.</summary>
    public double RescaleSlope => _settings.RescaleSlope;

    /// <summary>Gets the rescale intercept, in mg HA/cm³.</summary>
    public double RescaleIntercept => _settings.RescaleIntercept;

    /// <summary>Gets the bone's horizontal offset from the image centre, in pixels (positive to the right).</summary>
    public double TranslationX { get; }

    /// <summary>Gets the bone's vertical offset from the image centre, in pixels (positive downwards).</summary>
    public double TranslationY { get; }

    /// <summary>Gets the bone's rotation about its long axis, in degrees.</summary>
    public double RotationDegrees { get; }

    /// <summary>
    /// Gets the ground-truth relative change of cortical thickness from the subject's baseline (0.12 means
    /// +12 %): ageing for everyone, plus PTH for treated subjects. Not written into images.
    /// </summary>
    public double CorticalThicknessChange { get; }

    /// <summary>
    /// Gets the ground-truth relative change of trabecular bone volume fraction from the subject's baseline.
    /// Not written into images.
    /// </summary>
    public double TrabecularBoneVolumeChange { get; }

    internal PhantomRenderSettings Settings => _settings;

    /// <summary>Renders one slice.</summary>
    /// <param name="index">The zero-based slice index from the proximal end.</param>
    /// <returns>The slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside [0, SliceCount).</exception>
    public PhantomSlice RenderSlice(int index)
    {
        if (index < 0 || index >= SliceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index,
                $"Subject {SubjectId} week {Week} has {SliceCount} slices (indices 0 to {SliceCount - 1}); "
                + $"got index {index}.");
        }

        return SliceRenderer.Render(this, index, PhantomHash.Combine(_scanSeed, PhantomHash.SliceDomain,
            (ulong)index));
    }

    /// <summary>Renders the slices one at a time, from proximal to distal.</summary>
    /// <param name="cancellationToken">Stops the enumeration between slices.</param>
    /// <returns>The slices, rendered lazily.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public IEnumerable<PhantomSlice> EnumerateSlices(CancellationToken cancellationToken = default)
    {
        return Enumerate(cancellationToken);

        IEnumerable<PhantomSlice> Enumerate(CancellationToken token)
        {
            for (var index = 0; index < SliceCount; index++)
            {
                token.ThrowIfCancellationRequested();
                yield return RenderSlice(index);
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SubjectId} week {Week}: {SliceCount} slices of {Rows} × {Columns}";
}
