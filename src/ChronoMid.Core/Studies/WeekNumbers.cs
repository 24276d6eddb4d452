using System.Globalization;
using System.Text.RegularExpressions;

namespace ChronoMid.Studies;

/// <summary>Reads timepoints in whole weeks, from dates or, where files carry none, from folder names.</summary>
public static partial class WeekNumbers
{
    /// <summary>
    /// Reads a week number from a folder name such as <c>week_3</c>, <c>Week 3</c>, <c>wk3</c>, <c>w03</c> or
    /// <c>3</c>. Names that carry a number but do not say it is a week (<c>scan2</c>, <c>session_4</c>) are not
    /// weeks.
    /// </summary>
    /// <param name="folderName">The folder's own name, not its path.</param>
    /// <param name="week">The week number, when the name is one.</param>
    /// <returns><see langword="true"/> when the name is a week number.</returns>
    public static bool TryParseFolderName(string folderName, out int week)
    {
        ArgumentNullException.ThrowIfNull(folderName);
        var match = WeekFolderPattern().Match(folderName.Trim());
        week = 0;
        return match.Success &&
            int.TryParse(match.Groups["week"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out week);
    }

    /// <summary>
    /// Counts whole weeks from a start date to a scan date, rounding to the nearest week so that scans a day
    /// early or late still land on their week (days 4–10 after the start are week 1).
    /// </summary>
    /// <param name="start">The study's or subject's first day.</param>
    /// <param name="scan">The day of the scan.</param>
    /// <returns>The week number; negative when the scan precedes the start.</returns>
    public static int Between(DateOnly start, DateOnly scan)
    {
        var days = scan.DayNumber - start.DayNumber;
        return (int)Math.Round(days / 7.0, MidpointRounding.AwayFromZero);
    }

    [GeneratedRegex(@"^(?:(?:week|wk|w)[\s_\-]*)?(?<week>\d{1,4})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekFolderPattern();
}
