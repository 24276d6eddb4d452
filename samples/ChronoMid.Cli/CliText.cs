using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ChronoMid.Imaging;

namespace ChronoMid.Cli;

/// <summary>Parsing and printing shared by the verbs.</summary>
internal static class CliText
{
    /// <summary>The JSON settings of every <c>--json</c> output: camelCase, indented, plain Unicode.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses <c>ROWSxCOLUMNS</c> (also with <c>X</c> or <c>×</c>) into a positive size.</summary>
    public static bool TryParseSize(string text, out SliceSize size)
    {
        size = default;
        var parts = text.Split('x', 'X', '×');
        if (parts.Length == 2 &&
            int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rows) &&
            int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var columns) &&
            rows > 0 && columns > 0)
        {
            size = new SliceSize(rows, columns);
            return true;
        }

        return false;
    }

    /// <summary>Prints every problem on standard error and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public static int Fail(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"error: {problem}");
        }

        return ExitCodes.BadInput;
    }

    /// <summary>Prints one problem on standard error and returns <see cref="ExitCodes.BadInput"/>.</summary>
    public static int Fail(string problem) => Fail([problem]);

    /// <summary>Formats a duration for people: seconds below a minute, else minutes and seconds.</summary>
    public static string Duration(TimeSpan time) => time.TotalSeconds < 60
        ? time.TotalSeconds.ToString("0.0 s", CultureInfo.InvariantCulture)
        : $"{(int)time.TotalMinutes} min {time.Seconds:00} s";
}
