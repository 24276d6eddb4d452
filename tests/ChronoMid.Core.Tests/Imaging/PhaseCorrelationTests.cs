using ChronoMid.Imaging;

namespace ChronoMid.Tests.Imaging;

public sealed class PhaseCorrelationTests
{
    [Theory]
    [InlineData(2.3, -3.7)]
    [InlineData(-1.4, 0.6)]
    [InlineData(0.0, 5.2)]
    [InlineData(-6.8, 0.0)]
    [InlineData(3.55, 2.25)]
    public void Register_FourierShiftedTibia_RecoversShiftWithinTenthPixel(double dy, double dx)
    {
        var reference = SyntheticTibia.Create(101, 153, seed: 3);
        var comparison = SyntheticTibia.AddNoise(
            SliceTranslation.Translate(reference, dy, dx, TranslationMethod.FourierShift), 10, seed: 4);

        var result = new PhaseCorrelation().Register(comparison, reference);

        Assert.InRange(result.RowShift, dy - 0.1, dy + 0.1);
        Assert.InRange(result.ColumnShift, dx - 0.1, dx + 0.1);
    }

    [Theory]
    [InlineData(3, -2)]
    [InlineData(-7, 11)]
    [InlineData(0, -1)]
    public void Register_IntegerShiftAtUpsampleOne_RecoversShiftExactly(int dy, int dx)
    {
        var reference = SyntheticTibia.Create(96, 128, seed: 5);
        var comparison = SliceTranslation.Translate(reference, dy, dx, TranslationMethod.FourierShift);

        var result = new PhaseCorrelation(new PhaseCorrelationOptions { UpsampleFactor = 1 })
            .Register(comparison, reference);

        Assert.Equal(dy, result.RowShift);
        Assert.Equal(dx, result.ColumnShift);
    }

    [Fact]
    public void Register_DotMovedDownAndLeft_ReturnsShiftThatMovesReferenceOntoComparison()
    {
        var referencePixels = new float[40 * 50];
        var comparisonPixels = new float[40 * 50];
        referencePixels[(10 * 50) + 20] = 1000;
        comparisonPixels[(13 * 50) + 18] = 1000;
        var reference = ImageSlice.TakeOwnership(40, 50, referencePixels);
        var comparison = ImageSlice.TakeOwnership(40, 50, comparisonPixels);

        var result = new PhaseCorrelation().Register(comparison, reference);
        var aligned = SliceTranslation.Translate(reference, result.RowShift, result.ColumnShift);

        Assert.Equal(3.0, result.RowShift, 6);
        Assert.Equal(-2.0, result.ColumnShift, 6);
        Assert.Equal(1000f, aligned[13, 18], 3);
    }

    [Fact]
    public void Register_PreparedReference_MatchesFreshReference()
    {
        var reference = SyntheticTibia.Create(101, 153, seed: 6);
        var comparison = SyntheticTibia.AddNoise(
            SliceTranslation.Translate(reference, -2.6, 4.1, TranslationMethod.FourierShift), 10, seed: 7);
        var registration = new PhaseCorrelation(new PhaseCorrelationOptions
        {
            Normalization = CrossPowerNormalization.None,
        });

        var fresh = registration.Register(comparison, reference);
        var prepared = registration.Register(comparison, registration.Prepare(reference));

        Assert.Equal(fresh.RowShift, prepared.RowShift, 9);
        Assert.Equal(fresh.ColumnShift, prepared.ColumnShift, 9);
        Assert.Equal(fresh.Error, prepared.Error, 1e-4);
        Assert.Equal(-2.6, prepared.RowShift, 6);
        Assert.Equal(4.1, prepared.ColumnShift, 6);
    }

    [Theory]
    [InlineData(1.7, -2.4)]
    [InlineData(-3.3, 0.8)]
    public void Register_PaddedToFastSizeOnCanvas_AgreesWithExactSize(double dy, double dx)
    {
        var canvas = new CanvasExpansion(new SliceSize(501, 763));
        var bone = SyntheticTibia.Create(470, 735, seed: 8);
        var reference = canvas.Expand(bone).Image;
        var comparison = canvas.Expand(SyntheticTibia.AddNoise(
            SliceTranslation.Translate(bone, dy, dx, TranslationMethod.FourierShift), 10, seed: 9)).Image;

        var exact = new PhaseCorrelation().Register(comparison, reference);
        var padded = new PhaseCorrelation(new PhaseCorrelationOptions { Size = CorrelationSize.PadToFastSize })
            .Register(comparison, reference);

        Assert.Equal(exact.RowShift, padded.RowShift, 6);
        Assert.Equal(exact.ColumnShift, padded.ColumnShift, 6);
        Assert.InRange(padded.RowShift, dy - 0.1, dy + 0.1);
        Assert.InRange(padded.ColumnShift, dx - 0.1, dx + 0.1);
    }

    [Fact]
    public void Register_DifferentSizes_ThrowsWithBothSizes()
    {
        var registration = new PhaseCorrelation();

        var error = Assert.Throws<ArgumentException>(() => registration.Register(
            ImageSlice.Uniform(new SliceSize(10, 12), 1), ImageSlice.Uniform(new SliceSize(10, 13), 1)));

        Assert.Equal("reference", error.ParamName);
        Assert.StartsWith(
            "The reference image is 10 × 13 pixels but the comparison image is 10 × 12; expand both onto one "
            + "canvas first.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UpsampleFactorZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new PhaseCorrelation(new PhaseCorrelationOptions { UpsampleFactor = 0 }));
    }
}
