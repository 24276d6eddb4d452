using ChronoMid.Synthetic;
using Xunit.Abstractions;

namespace ChronoMid.Tests.Synthetic;

/// <summary>
/// Measures bone on rendered slices (threshold, fill, circle-equivalent thickness, BV/TV) and checks it against
/// the treatment model: defaults are BV/TV +13 % and Ct.Th +4 % per week of PTH from week 4, ageing BV/TV −1 %
/// and Ct.Th +0.5 % per week for everyone; the fixture sets the per-subject response spread to 0.
/// </summary>
public sealed class PhantomTreatmentEffectTests(TreatmentEffectFixture fixture, ITestOutputHelper output)
    : IClassFixture<TreatmentEffectFixture>
{
    private const int StartWeek = 4;
    private const int LastWeek = 8;

    [Fact]
    public void CorticalThickness_PthAfterStartWeek_ExceedsControlsByStatedEffect()
    {
        LogMeasurements();
        var difference = Cortical(PhantomGroup.Pth, LastWeek) - Cortical(PhantomGroup.Control, LastWeek);

        // Four treated weeks at +4 % a week.
        Assert.InRange(difference, 0.16 - 0.03, 0.16 + 0.03);
    }

    [Fact]
    public void CorticalThickness_UpToStartWeek_NoGroupDifference()
    {
        foreach (var week in fixture.Study.Weeks.Where(week => week <= StartWeek))
        {
            var difference = Cortical(PhantomGroup.Pth, week) - Cortical(PhantomGroup.Control, week);
            Assert.True(Math.Abs(difference) < 0.01, $"week {week}: Ct.Th group difference {difference:P1}");
        }
    }

    [Fact]
    public void CorticalThickness_PthAfterStartWeek_RisesEveryWeek()
    {
        var weeks = fixture.Study.Weeks.Where(week => week >= StartWeek).ToArray();
        for (var i = 1; i < weeks.Length; i++)
        {
            Assert.True(Cortical(PhantomGroup.Pth, weeks[i]) > Cortical(PhantomGroup.Pth, weeks[i - 1]) + 0.02,
                $"PTH Ct.Th did not rise by 2 % from week {weeks[i - 1]} to week {weeks[i]}");
        }
    }

    [Fact]
    public void CorticalThickness_EveryScan_MatchesGroundTruthChange()
    {
        foreach (var scan in fixture.Study.Scans)
        {
            var measured = fixture.CorticalChange[(scan.SubjectId, scan.Week)];
            Assert.True(Math.Abs(measured - scan.CorticalThicknessChange) < 0.015,
                $"{scan}: measured {measured:P1}, modelled {scan.CorticalThicknessChange:P1}");
        }
    }

    [Fact]
    public void TrabecularBoneVolume_PthAfterStartWeek_ExceedsControlsByStatedEffect()
    {
        var difference = Trabecular(PhantomGroup.Pth, LastWeek) - Trabecular(PhantomGroup.Control, LastWeek);

        // Four treated weeks at +13 % a week; the lattice is resampled at each scan's pose, hence the margin.
        Assert.InRange(difference, 0.52 - 0.15, 0.52 + 0.15);
    }

    [Fact]
    public void TrabecularBoneVolume_UpToStartWeek_NoLargeGroupDifference()
    {
        foreach (var week in fixture.Study.Weeks.Where(week => week <= StartWeek))
        {
            var difference = Trabecular(PhantomGroup.Pth, week) - Trabecular(PhantomGroup.Control, week);
            Assert.True(Math.Abs(difference) < 0.1, $"week {week}: BV/TV group difference {difference:P1}");
        }
    }

    [Fact]
    public void Controls_AllWeeks_StayNearBaseline()
    {
        foreach (var week in fixture.Study.Weeks)
        {
            Assert.InRange(Cortical(PhantomGroup.Control, week), -0.01, 0.06);
            Assert.InRange(Trabecular(PhantomGroup.Control, week), -0.2, 0.05);
        }
    }

    [Fact]
    public void Baseline_EverySubject_HasMouseLikeMorphometry()
    {
        foreach (var (subject, (thickness, bvtv)) in fixture.Baseline)
        {
            Assert.True(thickness is > 0.15 and < 0.26, $"{subject}: mid-shaft Ct.Th {thickness:F3} mm");
            Assert.True(bvtv is > 0.04 and < 0.2, $"{subject}: proximal BV/TV {bvtv:P1}");
        }
    }

    private void LogMeasurements()
    {
        foreach (var week in fixture.Study.Weeks)
        {
            output.WriteLine($"week {week}: Ct.Th control {Cortical(PhantomGroup.Control, week):P1} "
                + $"pth {Cortical(PhantomGroup.Pth, week):P1}; BV/TV control "
                + $"{Trabecular(PhantomGroup.Control, week):P1} pth {Trabecular(PhantomGroup.Pth, week):P1}");
        }
    }

    private double Cortical(PhantomGroup group, int week) =>
        fixture.MeanChange(fixture.CorticalChange, group, week);

    private double Trabecular(PhantomGroup group, int week) =>
        fixture.MeanChange(fixture.TrabecularChange, group, week);
}
