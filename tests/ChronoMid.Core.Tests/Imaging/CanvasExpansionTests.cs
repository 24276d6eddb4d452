using ChronoMid.Imaging;

namespace ChronoMid.Tests.Imaging;

public sealed class CanvasExpansionTests
{
    private static ImageSlice Ramp(int rows, int columns, float start = 5)
    {
        var pixels = new float[rows * columns];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = start + i;
        }

        return ImageSlice.TakeOwnership(rows, columns, pixels);
    }

    [Fact]
    public void Expand_EvenDifferences_PlacesCentrallyAndFillsWithSliceMinimum()
    {
        var slice = Ramp(2, 3);

        var expanded = new CanvasExpansion(new SliceSize(6, 7)).Expand(slice);

        Assert.Equal(new CanvasPlacement(new SliceSize(2, 3), new SliceSize(6, 7), new SliceSize(2, 3), 2, 2, 1, 1, 5f),
            expanded.Placement);
        for (var r = 0; r < 6; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                var inside = r is >= 2 and < 4 && c is >= 2 and < 5;
                var expected = inside ? slice[r - 2, c - 2] : 5f;
                Assert.Equal(expected, expanded.Image[r, c]);
            }
        }
    }

    [Fact]
    public void Expand_OddDifferences_PutsExtraPixelAtBottomAndRight()
    {
        var expanded = new CanvasExpansion(new SliceSize(5, 6)).Expand(Ramp(2, 3, start: -100));

        Assert.Equal(1, expanded.Placement.RowOffset);
        Assert.Equal(1, expanded.Placement.ColumnOffset);
        Assert.Equal(-100f, expanded.Image[1, 1]);
        Assert.Equal(-95f, expanded.Image[2, 3]);
        Assert.Equal(-100f, expanded.Image[3, 4]);
        Assert.Equal(-100f, expanded.Image[4, 5]);
        Assert.Equal(-100f, expanded.Placement.FillValue);
    }

    [Fact]
    public void ToLargest_MixedSizes_UsesLargestHeightAndWidthSeparately()
    {
        var expansion = CanvasExpansion.ToLargest([new SliceSize(480, 740), new SliceSize(501, 700),
            new SliceSize(470, 763)]);

        Assert.Equal(new SliceSize(501, 763), expansion.Canvas);
        Assert.Equal(CanvasFit.PadOnly, expansion.Fit);
    }

    [Fact]
    public void Expand_PadOnlyAndSliceTooLarge_ThrowsWithSizes()
    {
        var expansion = new CanvasExpansion(new SliceSize(4, 8));

        var error = Assert.Throws<ArgumentException>(() => expansion.Expand(Ramp(5, 6)));

        Assert.Equal("slice", error.ParamName);
        Assert.Equal(
            "The slice is 5 × 6 pixels but the canvas is 4 × 8 and fitting is off (CanvasFit.PadOnly); use a larger "
            + "canvas or CanvasFit.ScaleKeepingAspectRatio or CanvasFit.Stretch. (Parameter 'slice')", error.Message);
    }

    [Fact]
    public void Expand_ScaleKeepingAspectRatioShrinking_AreaAveragesAndPads()
    {
        // 4 × 8 onto 4 × 4: scale 1/2 both ways, placed 2 × 4, offsets (1, 0).
        var expanded = new CanvasExpansion(new SliceSize(4, 4), CanvasFit.ScaleKeepingAspectRatio)
            .Expand(Ramp(4, 8, start: 0));

        Assert.Equal(new SliceSize(2, 4), expanded.Placement.Placed);
        Assert.Equal((1, 0), (expanded.Placement.RowOffset, expanded.Placement.ColumnOffset));
        Assert.Equal(0.5, expanded.Placement.RowScale);
        // Output (0, 0) averages source rows 0-1, columns 0-1: (0 + 1 + 8 + 9) / 4.
        Assert.Equal(4.5f, expanded.Image[1, 0], 4);
        // Output (1, 3) averages source rows 2-3, columns 6-7: (22 + 23 + 30 + 31) / 4.
        Assert.Equal(26.5f, expanded.Image[2, 3], 4);
        Assert.Equal(0f, expanded.Image[0, 2]);
        Assert.Equal(0f, expanded.Image[3, 1]);
    }

    [Fact]
    public void Expand_ScaleKeepingAspectRatioGrowing_InterpolatesBilinearly()
    {
        var expanded = new CanvasExpansion(new SliceSize(4, 6), CanvasFit.ScaleKeepingAspectRatio)
            .Expand(ImageSlice.Copy(1, 2, [0f, 10f]));

        // Scale 3 (columns limit): 3 × 6 placed at row offset 0; columns sample at (c + 0.5) / 3 − 0.5.
        Assert.Equal(new SliceSize(3, 6), expanded.Placement.Placed);
        Assert.Equal(new float[] { 0, 0, 10f / 3, 20f / 3, 10, 10 }, expanded.Image.Row(1).ToArray(),
            new FloatTolerance(1e-5f));
        Assert.Equal(0f, expanded.Image[3, 5]);
    }

    [Fact]
    public void Expand_Stretch_ResamplesToExactlyCanvas()
    {
        var expanded = new CanvasExpansion(new SliceSize(2, 2), CanvasFit.Stretch).Expand(Ramp(4, 2, start: 0));

        Assert.Equal(new SliceSize(2, 2), expanded.Image.Size);
        Assert.Equal((0.5, 1.0), (expanded.Placement.RowScale, expanded.Placement.ColumnScale));
        Assert.Equal(new float[] { 1, 2, 5, 6 }, expanded.Image.Pixels.ToArray());
    }

    private sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(float obj) => 0;
    }
}
