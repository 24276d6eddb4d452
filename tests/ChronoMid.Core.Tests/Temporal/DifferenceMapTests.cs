using ChronoMid.Imaging;
using ChronoMid.Temporal;

namespace ChronoMid.Tests.Temporal;

public sealed class DifferenceMapTests
{
    [Fact]
    public void Compute_TwoSlices_SubtractsAlignedReferenceFromComparison()
    {
        var comparison = ImageSlice.Copy(1, 10, [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
        var reference = ImageSlice.Copy(1, 10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 5]);

        var map = DifferenceMap.Compute(comparison, reference);

        Assert.Equal(new float[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, -4 }, map.Pixels.ToArray());
    }

    [Fact]
    public void Uniform_FirstTimepoint_EqualsComparisonMinimumEverywhere()
    {
        var comparison = ImageSlice.Copy(2, 2, [300, -42.5f, 7, 1000]);

        var map = DifferenceMap.Uniform(comparison);

        Assert.Equal(new SliceSize(2, 2), map.Size);
        Assert.All(map.Pixels.ToArray(), value => Assert.Equal(-42.5f, value));
    }

    [Fact]
    public void Compute_DifferentSizes_ThrowsWithBothSizes()
    {
        var error = Assert.Throws<ArgumentException>(() => DifferenceMap.Compute(
            ImageSlice.Uniform(new SliceSize(2, 3), 0), ImageSlice.Uniform(new SliceSize(3, 2), 0)));

        Assert.Equal("alignedReference", error.ParamName);
        Assert.Contains("is 3 × 2 pixels but the comparison image is 2 × 3", error.Message, StringComparison.Ordinal);
    }
}
