using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Synthetic;

public sealed class PhantomSliceTests
{
    private static PhantomScan CleanScan(bool fibula = true) => PhantomStudy.Create(new PhantomOptions
    {
        NoiseStandardDeviation = 0,
        BlurSigmaPixels = 0,
        IncludeFibula = fibula,
        Scale = PhantomScale.FromFactor(0.5, 20),
    }).Subjects[0].Scans[0];

    [Fact]
    public void RenderSlice_NoNoise_ValuesStayOnTheDocumentedDensityScale()
    {
        var scan = CleanScan();
        var anatomy = scan.Subject.Anatomy;

        foreach (var slice in scan.EnumerateSlices())
        {
            var values = slice.Values.ToArray();
            Assert.InRange(values.Min(), 0f, 0.05f);
            var cortex = (float)anatomy.CorticalDensity;
            Assert.InRange(values.Max(), cortex - 0.05f, cortex + 0.05f);
        }
    }

    [Fact]
    public void RenderSlice_NoNoise_HasBackgroundSoftTissueMarrowTrabeculaeAndCortex()
    {
        var scan = CleanScan();
        var anatomy = scan.Subject.Anatomy;
        var proximal = scan.RenderSlice(0).Values.ToArray();

        Assert.Contains(proximal, v => v == TissueDensity.Background);
        Assert.Contains(proximal, v => Math.Abs(v - TissueDensity.SoftTissue) < 0.05);
        Assert.Contains(proximal, v => Math.Abs(v - TissueDensity.Marrow) < 0.05);
        Assert.Contains(proximal, v => Math.Abs(v - anatomy.TrabecularDensity) < 0.05);
        Assert.Contains(proximal, v => Math.Abs(v - anatomy.CorticalDensity) < 0.05);

        // Mid-shaft has no trabeculae: nothing sits at the trabecular density.
        var midShaft = scan.RenderSlice(10).Values.ToArray();
        Assert.DoesNotContain(midShaft, v => Math.Abs(v - anatomy.TrabecularDensity) < 0.05);
    }

    [Fact]
    public void RenderSlice_Values_AreStoredTimesSlopePlusIntercept()
    {
        var study = PhantomStudy.Create(new PhantomOptions { RescaleSlope = 0.5, RescaleIntercept = -1000 });
        var slice = study.Subjects[0].Scans[0].RenderSlice(3);
        var stored = slice.StoredValues.ToArray();
        var values = slice.Values.ToArray();

        Assert.Equal((0.5, -1000.0), (slice.RescaleSlope, slice.RescaleIntercept));
        Assert.All(Enumerable.Range(0, values.Length), i => Assert.Equal((float)((stored[i] * 0.5) - 1000), values[i]));
        Assert.Contains(stored, s => s is > 1900 and < 2100);
    }

    [Fact]
    public void RenderSlice_DefaultNoise_HasStatedStandardDeviationInAir()
    {
        var slice = PhantomStudy.Create(new PhantomOptions { BlurSigmaPixels = 0 }).Subjects[0].Scans[0]
            .RenderSlice(0);

        // The top-left corner is air (0 mg HA/cm³) in every crop.
        var corner = Enumerable.Range(0, 10).SelectMany(r => Enumerable.Range(0, 20).Select(c => (double)slice[r, c]))
            .ToArray();
        var mean = corner.Average();
        var sd = Math.Sqrt(corner.Average(v => (v - mean) * (v - mean)));

        Assert.InRange(mean, -10, 10);
        Assert.InRange(sd, 42, 58);
    }

    [Fact]
    public void RenderSlice_Metadata_DescribesPosition()
    {
        var scan = CleanScan();
        var slice = scan.RenderSlice(5);

        Assert.Equal((5, 6), (slice.Index, slice.InstanceNumber));
        Assert.Equal((scan.Rows, scan.Columns), (slice.Rows, slice.Columns));
        Assert.Equal(0.02, slice.PixelSpacingMm, 12);
        Assert.Equal(0.65, slice.SliceThicknessMm, 12);
        Assert.Equal(3.25, slice.PositionMm, 12);
        Assert.Equal(scan.Rows * scan.Columns, slice.Values.Length);
        Assert.InRange(slice.RelativePosition, 0.23, 0.27);
    }

    [Fact]
    public void RenderSlice_FullScale_FitsThePapersImageSizes()
    {
        var scan = PhantomStudy.Create(new PhantomOptions { Scale = PhantomScale.Full() }).Subjects[0].Scans[0];
        var slice = scan.RenderSlice(650);

        Assert.InRange(slice.Rows, 400, 501);
        Assert.InRange(slice.Columns, 500, 763);
        Assert.InRange(scan.SliceCount, 1261, 1339);
        Assert.Equal(0.01, slice.PixelSpacingMm, 12);
        Assert.Equal(0.01, slice.SliceThicknessMm, 12);
    }

    [Fact]
    public void RenderSlice_BoneCentre_FollowsTheScanTranslation()
    {
        var study = PhantomStudy.Create(new PhantomOptions
        {
            NoiseStandardDeviation = 0,
            IncludeFibula = false,
            MaxRotationDegrees = 0,
            Scale = PhantomScale.FromFactor(0.5, 20),
        });

        // Mid-shaft slice: the cortex's centroid, less the scan's translation, is the same in every week.
        var offsets = study.Subjects[0].Scans.Select(scan =>
        {
            var slice = scan.RenderSlice(12);
            double sumX = 0, sumY = 0, weight = 0;
            for (var r = 0; r < slice.Rows; r++)
            {
                for (var c = 0; c < slice.Columns; c++)
                {
                    var w = slice[r, c] > 600 ? 1 : 0;
                    sumX += w * c;
                    sumY += w * r;
                    weight += w;
                }
            }

            return (X: (sumX / weight) - ((slice.Columns - 1) / 2.0) - scan.TranslationX,
                Y: (sumY / weight) - ((slice.Rows - 1) / 2.0) - scan.TranslationY);
        }).ToArray();

        Assert.All(offsets, offset =>
        {
            Assert.InRange(offset.X - offsets[0].X, -0.3, 0.3);
            Assert.InRange(offset.Y - offsets[0].Y, -0.3, 0.3);
        });
    }

    [Fact]
    public void EnumerateSlices_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => CleanScan().EnumerateSlices(cancellation.Token).First());
    }
}
