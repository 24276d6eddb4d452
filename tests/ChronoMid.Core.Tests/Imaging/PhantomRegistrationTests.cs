using ChronoMid.Imaging;
using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Imaging;

public sealed class PhantomRegistrationTests
{
    // The known shift is applied exactly, in the Fourier domain: a bilinear shift low-passes the slice and moves
    // its apparent position by up to about 0.15 pixel at half-pixel fractions, which is not registration error.
    [Theory]
    [InlineData(1.3, -2.7)]
    [InlineData(-0.45, 3.85)]
    [InlineData(2.6, 0.35)]
    [InlineData(-3.15, -1.55)]
    public void Register_ShiftedPhantomSlice_RecoversShiftWithinTenthPixel(double dy, double dx)
    {
        var study = PhantomStudy.Create(new PhantomOptions
        {
            Seed = 11, SubjectsPerGroup = 1, Weeks = [0, 5], MissingWeeks = [], MissingScans = [],
        });
        var scan = study.Subjects[1].Scans[1];
        var slice = scan.RenderSlice(scan.SliceCount / 4);
        var reference = new CanvasExpansion(new SliceSize(slice.Rows + 16, slice.Columns + 16))
            .Expand(ImageSlice.Copy(slice.Rows, slice.Columns, slice.Values.Span)).Image;
        var comparison = SliceTranslation.Translate(reference, dy, dx, TranslationMethod.FourierShift);

        var result = new PhaseCorrelation(new PhaseCorrelationOptions { UpsampleFactor = 10 })
            .Register(comparison, reference);

        Assert.InRange(result.RowShift, dy - 0.1, dy + 0.1);
        Assert.InRange(result.ColumnShift, dx - 0.1, dx + 0.1);
    }
}
