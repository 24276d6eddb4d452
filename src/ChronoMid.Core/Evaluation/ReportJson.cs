using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChronoMid.Evaluation;

/// <summary>The JSON settings of every report and history ChronoMid writes: camelCase, indented, NaN as null.</summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new NonFiniteAsNullConverter(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
