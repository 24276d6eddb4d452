using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Synthetic;

public sealed class PhantomValidationTests
{
    [Fact]
    public void Create_SeveralBadOptions_ReportsEveryProblemAtOnce()
    {
        var options = new PhantomOptions
        {
            SubjectsPerGroup = 0,
            Weeks = [0, 1, 1, -2],
            MissingWeeks = [5],
            NoiseStandardDeviation = -1,
            MaxDegreeOfParallelism = 0,
        };

        var exception = Assert.Throws<PhantomOptionsException>(() => PhantomStudy.Create(options));

        Assert.Equal(
        [
            "SubjectsPerGroup must be between 1 and 500; got 0.",
            "Weeks must lie between 0 and 520; got -2.",
            "Weeks must not repeat; 1 appear more than once.",
            "MissingWeeks must be among Weeks (0, 1, 1, -2); got 5.",
            "NoiseStandardDeviation must lie between 0 and 1000; got -1.",
            "MaxDegreeOfParallelism must be -1 (every core) or at least 1; got 0.",
        ], exception.Problems);
        Assert.Equal("options", exception.ParamName);
        Assert.StartsWith("The phantom options have 6 problems: SubjectsPerGroup must be", exception.Message);
    }

    [Fact]
    public void Create_CropTooSmallForTheTibia_SaysWhatToChange()
    {
        var options = new PhantomOptions
        {
            Scale = new PhantomScale { MinRows = 60, MaxRows = 80 },
        };

        var exception = Assert.Throws<PhantomOptionsException>(() => PhantomStudy.Create(options));

        Assert.Equal(
            "The phantom options have 1 problem: The smallest crop less twice MaxTranslationPixels spans 2.16 mm "
            + "(54 pixels of 0.04 mm); the tibia needs at least 3.6 mm, so raise MinRows/MinColumns or "
            + "PixelSpacingMm. (Parameter 'options')",
            exception.Message);
    }

    [Fact]
    public void Create_RescaleCannotHoldDensities_ReportsRange()
    {
        var exception = Assert.Throws<PhantomOptionsException>(() =>
            PhantomStudy.Create(new PhantomOptions { RescaleSlope = 0.01 }));

        Assert.Equal(
            ["RescaleSlope 0.01 and RescaleIntercept 0 store -327.68 to 327.67 mg HA/cm³; the phantom needs at "
                + "least -500 to 2000 mg HA/cm³."],
            exception.Problems);
    }

    [Fact]
    public void Create_UnknownMissingScanAndNoWeeksLeft_ReportsBoth()
    {
        var options = new PhantomOptions
        {
            Weeks = [3],
            MissingWeeks = [3],
            MissingScans = [new MissingScan("M09", 3)],
        };

        var exception = Assert.Throws<PhantomOptionsException>(() => PhantomStudy.Create(options));

        Assert.Equal(
        [
            "MissingWeeks (3) leave no week to scan.",
            "MissingScans entry (M09, week 3) must name a subject M01–M06 and one of Weeks.",
        ], exception.Problems);
    }

    [Fact]
    public void Create_NullParts_ReportsEach()
    {
        var options = new PhantomOptions { Ageing = null!, Scale = null!, Weeks = null! };

        var exception = Assert.Throws<PhantomOptionsException>(() => PhantomStudy.Create(options));

        Assert.Equal(
            ["Weeks must list at least one week; got none.", "Ageing must not be null.", "Scale must not be null."],
            exception.Problems);
    }

    [Fact]
    public void RenderSlice_IndexOutOfRange_NamesTheValidRange()
    {
        var scan = PhantomStudy.Create(new PhantomOptions { SliceCountVariation = 0 }).Subjects[0].Scans[0];

        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => scan.RenderSlice(20));

        Assert.Equal("index", exception.ParamName);
        Assert.StartsWith("Subject M01 week 0 has 20 slices (indices 0 to 19); got index 20.", exception.Message);
    }

    [Fact]
    public void FromFactor_ZeroFactor_Throws()
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => PhantomScale.FromFactor(0, 20));

        Assert.Equal("factor", exception.ParamName);
    }
}
