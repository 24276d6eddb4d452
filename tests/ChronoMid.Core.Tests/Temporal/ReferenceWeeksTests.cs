using ChronoMid.Temporal;

namespace ChronoMid.Tests.Temporal;

public sealed class ReferenceWeeksTests
{
    [Fact]
    public void Choose_AbsoluteWithMissingWeeks_UsesFirstTimepoint()
    {
        var choices = ReferenceWeeks.Choose([5, 1, 2, 9], TemporalInput.AbsoluteDifference);

        Assert.Equal(
            [new ReferenceWeek(1, null), new ReferenceWeek(2, 1), new ReferenceWeek(5, 1), new ReferenceWeek(9, 1)],
            choices);
    }

    [Fact]
    public void Choose_RelativeWithMissingWeeks_UsesPreviousAvailableTimepoint()
    {
        var choices = ReferenceWeeks.Choose([0, 3, 1, 7], TemporalInput.RelativeDifference);

        Assert.Equal(
            [new ReferenceWeek(0, null), new ReferenceWeek(1, 0), new ReferenceWeek(3, 1), new ReferenceWeek(7, 3)],
            choices);
    }

    [Fact]
    public void Choose_SingleTimepoint_HasNoReference()
    {
        Assert.Equal([new ReferenceWeek(4, null)], ReferenceWeeks.Choose([4], TemporalInput.RelativeDifference));
    }

    [Fact]
    public void Choose_RepeatedWeek_ThrowsWithWeeks()
    {
        var error = Assert.Throws<ArgumentException>(
            () => ReferenceWeeks.Choose([2, 0, 2], TemporalInput.AbsoluteDifference));

        Assert.Equal("weeks", error.ParamName);
        Assert.StartsWith("Weeks must be distinct and not negative; got [0, 2, 2].", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_ImageInput_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReferenceWeeks.Choose([0], TemporalInput.Image));
    }
}
