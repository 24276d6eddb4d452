using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Synthetic;

/// <summary>
/// Renders a noise-free study once and measures cortical thickness (mid-shaft) and trabecular BV/TV (proximal
/// metaphysis) on every scan, as relative change from each subject's week 0.
/// </summary>
public sealed class TreatmentEffectFixture
{
    public TreatmentEffectFixture()
    {
        Study = PhantomStudy.Create(new PhantomOptions
        {
            Seed = 11,
            SubjectsPerGroup = 3,
            Scale = PhantomScale.FromFactor(0.5, 80),
            NoiseStandardDeviation = 0,
            BlurSigmaPixels = 0,
            IncludeFibula = false,
            TreatmentResponseVariation = 0,
            MissingScans = [],
        });

        foreach (var subject in Study.Subjects)
        {
            var baseline = Measure(subject.Scans[0]);
            foreach (var scan in subject.Scans)
            {
                var (thickness, bvtv) = Measure(scan);
                Baseline[subject.Id] = baseline;
                CorticalChange[(subject.Id, scan.Week)] = (thickness / baseline.Thickness) - 1;
                TrabecularChange[(subject.Id, scan.Week)] = (bvtv / baseline.Bvtv) - 1;
            }
        }
    }

    public PhantomStudy Study { get; }

    /// <summary>Gets each subject's week-0 cortical thickness (mm) and BV/TV.</summary>
    public Dictionary<string, (double Thickness, double Bvtv)> Baseline { get; } = [];

    /// <summary>Gets the measured relative change of cortical thickness, by (subject, week).</summary>
    public Dictionary<(string Subject, int Week), double> CorticalChange { get; } = [];

    /// <summary>Gets the measured relative change of trabecular BV/TV, by (subject, week).</summary>
    public Dictionary<(string Subject, int Week), double> TrabecularChange { get; } = [];

    /// <summary>Gets the mean measured change of one group in one week.</summary>
    public double MeanChange(Dictionary<(string Subject, int Week), double> changes, PhantomGroup group, int week) =>
        Study.Subjects.Where(subject => subject.Group == group)
            .Average(subject => changes[(subject.Id, week)]);

    private static (double Thickness, double Bvtv) Measure(PhantomScan scan)
    {
        // Mid-shaft (no trabeculae) for the cortex; the first slices below the growth plate for trabeculae.
        var thickness = Enumerable.Range(0, 6).Select(i => scan.RenderSlice(28 + (8 * i)))
            .Average(PhantomMorphometry.CorticalThicknessMm);
        var bvtv = Enumerable.Range(0, 4).Select(scan.RenderSlice)
            .Average(slice => PhantomMorphometry.TrabecularBoneVolumeFraction(slice,
                scan.Subject.Anatomy.TrabecularDensity));
        return (thickness, bvtv);
    }
}
