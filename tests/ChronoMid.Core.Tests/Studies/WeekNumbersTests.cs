using ChronoMid.Studies;

namespace ChronoMid.Tests.Studies;

public sealed class WeekNumbersTests
{
    [Theory]
    [InlineData("week_3", 3)]
    [InlineData("Week 3", 3)]
    [InlineData("week-12", 12)]
    [InlineData("wk3", 3)]
    [InlineData("w03", 3)]
    [InlineData("W7", 7)]
    [InlineData("3", 3)]
    [InlineData("0", 0)]
    public void TryParseFolderName_WeekNames_ReadTheWeek(string name, int expected)
    {
        Assert.True(WeekNumbers.TryParseFolderName(name, out var week));
        Assert.Equal(expected, week);
    }

    [Theory]
    [InlineData("scan2")]
    [InlineData("session_4")]
    [InlineData("week")]
    [InlineData("week_3b")]
    [InlineData("mouse1")]
    [InlineData("2019-05-01")]
    [InlineData("")]
    public void TryParseFolderName_OtherNames_AreNotWeeks(string name)
    {
        Assert.False(WeekNumbers.TryParseFolderName(name, out _));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(49, 7)]
    [InlineData(-7, -1)]
    public void Between_DaysAfterStart_RoundsToNearestWeek(int days, int expected)
    {
        var start = new DateOnly(2019, 3, 4);

        Assert.Equal(expected, WeekNumbers.Between(start, start.AddDays(days)));
    }
}
