using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChronoMid.Models;

public sealed partial record NetworkArchitecture
{
    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Keeps '+' in descriptors and '→' readable instead of \u-escaped; the JSON is never embedded in HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes the architecture as indented JSON (camelCase keys, enums as names).</summary>
    /// <returns>The JSON text that <see cref="FromJson"/> reads.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads an architecture written by <see cref="ToJson"/> and validates it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The architecture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a network architecture.</exception>
    /// <exception cref="InvalidArchitectureException">The architecture read has problems.</exception>
    public static NetworkArchitecture FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var architecture = JsonSerializer.Deserialize<NetworkArchitecture>(json, JsonOptions)
            ?? throw new JsonException("Expected a network architecture object, found null.");
        var problems = architecture.Validate();
        return problems.Count == 0 ? architecture : throw new InvalidArchitectureException(problems);
    }
}
