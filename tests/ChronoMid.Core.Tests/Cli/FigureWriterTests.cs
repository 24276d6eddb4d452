using System.Buffers.Binary;
using ChronoMid.Cli.Figures;
using ChronoMid.Evaluation.Reports;
using ChronoMid.Tests.Evaluation.Reports;
using SkiaSharp;

namespace ChronoMid.Tests.Cli;

public sealed class FigureWriterTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly string _folder =
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "chronomid-figures-" + Guid.NewGuid().ToString("N")))
            .FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void WriteTrainingCurves_History_WritesTwoPanelPng()
    {
        var path = Path.Combine(_folder, "curves.png");
        FigureWriter.WriteTrainingCurves(path, "CNN, 5 epochs",
            [ReportFixture.Seconds(1, 1, 1, 1, 1), ReportFixture.Seconds(2, 2, 2)]);
        var (width, height) = AssertDrawnPng(path);
        Assert.Equal((1280, 480), (width, height));
    }

    [Fact]
    public void WriteConfusion_Matrix_WritesPng()
    {
        var summary = ExperimentSummary.From(ReportFixture.Records());
        var path = Path.Combine(_folder, "confusion.png");
        FigureWriter.WriteConfusion(path, "CNN, 5 epochs (3 runs summed)", summary.Models[0].Budgets[0].Confusion!);
        Assert.Equal((640, 560), AssertDrawnPng(path));
    }

    [Fact]
    public void WritePerWeekAccuracy_Weeks_WritesPng()
    {
        var summary = ExperimentSummary.From(ReportFixture.Records());
        var path = Path.Combine(_folder, "weeks.png");
        FigureWriter.WritePerWeekAccuracy(path, [("CNN, 5 ep.", summary.Models[0].Budgets[0].PerWeek)], 2);
        Assert.Equal((900, 560), AssertDrawnPng(path));
    }

    [Fact]
    public void WriteSamples_TwoSamples_WritesThreePanelsPerSample()
    {
        var path = Path.Combine(_folder, "samples.png");
        FigureWriter.WriteSamples(path, [Phantom("m1", 3, 1), Phantom("m2", 0, null)]);
        var (width, height) = AssertDrawnPng(path);
        Assert.Equal(3 * 520, width);
        Assert.True(height > 2 * 300, $"Expected two rows of panels, got {height} pixels.");
    }

    [Fact]
    public void WriteSamples_WrongSize_ThrowsWithBothSizes()
    {
        var bad = Phantom("m1", 3, 1) with { Rows = 10 };
        var error = Assert.Throws<ArgumentException>(() =>
            FigureWriter.WriteSamples(Path.Combine(_folder, "bad.png"), [bad]));
        Assert.StartsWith("Sample of subject m1, week 3 is 10 × 60 pixels (600 values) but holds 2400 image and " +
            "2400 difference values.", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void WriteAll_Summary_WritesCurvesConfusionAndWeeksWithoutTemporaryFiles()
    {
        var written = FigureWriter.WriteAll(ExperimentSummary.From(ReportFixture.Records()), _folder);

        // Two models × two budgets of curves and confusion matrices, plus one per-week figure.
        Assert.Equal(9, written.Count);
        Assert.Contains(Path.Combine(_folder, "confusion-x-cnn-abs-diff-5ep.png"), written);
        Assert.Equal(written.Order(StringComparer.Ordinal), Directory.GetFiles(_folder).Order(StringComparer.Ordinal));
        foreach (var path in written)
        {
            AssertDrawnPng(path);
        }
    }

    [Fact]
    public void Slug_ModelName_IsLowerCaseWithSingleHyphens() =>
        Assert.Equal("x-cnn-timestamps-abs-diff", FigureWriter.Slug("X-CNN, timestamps & abs. diff."));

    /// <summary>A 40 × 60 phantom: a bright disc that grew between weeks, so the difference map is a ring.</summary>
    private static SampleImages Phantom(string subject, int week, int? referenceWeek)
    {
        const int rows = 40, columns = 60;
        var comparison = new float[rows * columns];
        var difference = new float[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var radius = Math.Sqrt(((r - 20) * (r - 20)) + ((c - 30) * (c - 30)));
                comparison[(r * columns) + c] = radius < 15 ? 1000 : -1000;
                difference[(r * columns) + c] = radius is >= 12 and < 15 ? 2000 : 0;
            }
        }

        return new SampleImages(subject, week, referenceWeek, "abs", rows, columns, comparison, difference);
    }

    /// <summary>Checks the PNG signature and IHDR, decodes it and checks it is not one flat colour.</summary>
    private static (int Width, int Height) AssertDrawnPng(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(PngSignature, bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));

        using var bitmap = SKBitmap.Decode(bytes);
        Assert.NotNull(bitmap);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        var colours = new HashSet<SKColor>();
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var colour = bitmap.GetPixel(x, y);
                colours.Add(colour);
                inked += colour == SKColors.White ? 0 : 1;
            }
        }

        Assert.True(colours.Count > 20, $"{path} has only {colours.Count} colours: it looks blank.");
        Assert.True(inked > bitmap.Width * bitmap.Height / 4 / 100, $"{path} has only {inked} non-white pixels.");
        return (width, height);
    }
}
