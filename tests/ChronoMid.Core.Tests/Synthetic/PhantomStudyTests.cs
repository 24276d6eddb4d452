using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Synthetic;

public sealed class PhantomStudyTests
{
    [Fact]
    public void Create_Defaults_ReproduceThePapersMissingWeeks()
    {
        var study = PhantomStudy.Create(new PhantomOptions());

        Assert.Equal(6, study.Subjects.Count);
        Assert.Equal([0, 1, 3, 4, 5, 6, 7, 8], study.Weeks);
        Assert.DoesNotContain(study.Scans, scan => scan.Week == 2);
        var lastPth = study.Subjects[^1];
        Assert.Equal(PhantomGroup.Pth, lastPth.Group);
        Assert.Equal([0, 1, 3, 4, 5, 6, 7], lastPth.Scans.Select(scan => scan.Week));
        Assert.All(study.Subjects.SkipLast(1), subject => Assert.Equal(8, subject.Scans.Count));
    }

    [Fact]
    public void Create_ExplicitMissingScans_LeavesOutExactlyThose()
    {
        var study = PhantomStudy.Create(new PhantomOptions
        {
            MissingWeeks = [],
            MissingScans = [new MissingScan("M01", 3), new MissingScan("M05", 0)],
        });

        Assert.Equal(9 * 6 - 2, study.Scans.Count());
        Assert.DoesNotContain(study.Subjects[0].Scans, scan => scan.Week == 3);
        Assert.DoesNotContain(study.Subjects[4].Scans, scan => scan.Week == 0);
        Assert.Equal(9, study.Subjects[5].Scans.Count);
    }

    [Fact]
    public void Labels_Defaults_ControlsThenPth()
    {
        var study = PhantomStudy.Create(new PhantomOptions { SubjectsPerGroup = 2 });

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["M01"] = "control", ["M02"] = "control", ["M03"] = "pth", ["M04"] = "pth",
            },
            study.Labels);
        Assert.Equal("subject,label\nM01,control\nM02,control\nM03,pth\nM04,pth\n", study.LabelsCsv());
    }

    [Fact]
    public void Scans_AcquisitionDate_IsStartPlusSevenDaysPerWeek()
    {
        var study = PhantomStudy.Create(new PhantomOptions { StudyStartDate = new DateOnly(2021, 3, 1) });

        Assert.All(study.Scans, scan =>
            Assert.Equal(new DateOnly(2021, 3, 1).AddDays(7 * scan.Week), scan.AcquisitionDate));
        Assert.Equal(new DateOnly(2021, 4, 26), study.Subjects[0].Scans[^1].AcquisitionDate);
    }

    [Fact]
    public void Scans_SizesCountsAndPoses_VaryWithinStatedBounds()
    {
        var study = PhantomStudy.Create(new PhantomOptions
        {
            SubjectsPerGroup = 10,
            Scale = PhantomScale.FromFactor(0.25, 200),
        });
        var scans = study.Scans.ToArray();

        Assert.All(scans, scan =>
        {
            Assert.InRange(scan.Rows, 100, 125);
            Assert.InRange(scan.Columns, 125, 191);
            Assert.InRange(scan.SliceCount, 194, 206);
            Assert.InRange(Math.Abs(scan.TranslationX), 0, 3);
            Assert.InRange(Math.Abs(scan.TranslationY), 0, 3);
            Assert.InRange(Math.Abs(scan.RotationDegrees), 0, 0.5);
        });
        Assert.True(scans.Select(scan => scan.Rows).Distinct().Count() > 15, "image heights barely vary");
        Assert.True(scans.Select(scan => scan.Columns).Distinct().Count() > 30, "image widths barely vary");
        Assert.True(scans.Select(scan => scan.SliceCount).Distinct().Count() > 8, "slice counts barely vary");
        Assert.Contains(scans, scan => scan.TranslationX % 1 != 0);
        Assert.Contains(scans, scan => Math.Abs(scan.TranslationY) > 2);
        Assert.Equal(scans.Length, scans.Select(scan => scan.SeriesUidSeed).Distinct().Count());
    }

    [Fact]
    public void Scans_NoVariationRequested_AllNominal()
    {
        var study = PhantomStudy.Create(new PhantomOptions
        {
            SliceCountVariation = 0,
            MaxTranslationPixels = 0,
            MaxRotationDegrees = 0,
            Scale = new PhantomScale { MinRows = 110, MaxRows = 110, MinColumns = 150, MaxColumns = 150 },
        });

        Assert.All(study.Scans, scan =>
        {
            Assert.Equal((110, 150, 20), (scan.Rows, scan.Columns, scan.SliceCount));
            Assert.Equal((0.0, 0.0, 0.0), (scan.TranslationX, scan.TranslationY, scan.RotationDegrees));
        });
    }

    [Fact]
    public void Subjects_Anatomy_DiffersBetweenSubjects()
    {
        var study = PhantomStudy.Create(new PhantomOptions { SubjectsPerGroup = 5 });
        var anatomies = study.Subjects.Select(subject => subject.Anatomy).ToArray();

        Assert.Equal(10, anatomies.Select(a => a.SizeFactor).Distinct().Count());
        Assert.Equal(10, anatomies.Select(a => a.CorticalDensity).Distinct().Count());
        Assert.All(anatomies, a =>
        {
            Assert.InRange(a.CorticalDensity, 1050, 1250);
            Assert.InRange(a.TrabecularDensity, 550, 880);
        });
    }

    [Fact]
    public void Create_OptionsChangedAfterwards_StudyUnaffected()
    {
        var options = new PhantomOptions();
        var study = PhantomStudy.Create(options);
        options.Weeks.Add(9);
        options.Scale.SlicesPerScan = 50;

        Assert.Equal(8, study.Weeks.Count);
        Assert.Equal(20, study.Scale.SlicesPerScan);
    }

    [Fact]
    public void Create_NullOptions_Throws()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => PhantomStudy.Create(null!));

        Assert.Equal("options", exception.ParamName);
    }
}
