using ChronoMid.Imaging;

namespace ChronoMid.Tests.Imaging;

public sealed class SliceTranslationTests
{
    [Fact]
    public void Translate_BilinearWholePixels_MovesValuesAndFillsWithMinimum()
    {
        var slice = ImageSlice.Copy(2, 3, [1, 2, 3, 4, 5, 6]);

        var moved = SliceTranslation.Translate(slice, 1, -1);

        Assert.Equal(new float[] { 1, 1, 1, 2, 3, 1 }, moved.Pixels.ToArray());
    }

    [Fact]
    public void Translate_BilinearHalfPixel_AveragesNeighbours()
    {
        var slice = ImageSlice.Copy(1, 3, [0, 10, 20]);

        var moved = SliceTranslation.Translate(slice, 0, 0.5);

        Assert.Equal(new float[] { 0, 5, 15 }, moved.Pixels.ToArray());
    }

    [Fact]
    public void Translate_NonFiniteShift_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => SliceTranslation.Translate(ImageSlice.Copy(1, 1, [0]), double.NaN, 0));

        Assert.Equal("rowShift", error.ParamName);
    }
}
