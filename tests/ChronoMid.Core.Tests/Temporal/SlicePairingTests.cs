using ChronoMid.Temporal;

namespace ChronoMid.Tests.Temporal;

public sealed class SlicePairingTests
{
    [Theory]
    [InlineData(5, 3)]
    [InlineData(3, 5)]
    [InlineData(4, 4)]
    public void Pair_UnequalCounts_PairsKthWithKthUntilEitherRunsOut(int comparison, int reference)
    {
        var pairs = SlicePairing.Pair(comparison, reference);

        Assert.Equal(Math.Min(comparison, reference), pairs.Count);
        Assert.Equal(Enumerable.Range(0, pairs.Count).Select(k => new SlicePair(k, k)), pairs);
    }

    [Fact]
    public void Pair_NoReferenceSlices_ReturnsNoPairs()
    {
        Assert.Empty(SlicePairing.Pair(7, 0));
    }

    [Fact]
    public void Pair_NegativeCount_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SlicePairing.Pair(-1, 2));

        Assert.Equal("comparisonSlices", error.ParamName);
    }
}
