using System.Text.Json;
using ChronoMid.IO;

namespace ChronoMid.Data;

/// <summary>Reads and writes the cache's JSON files, atomically.</summary>
internal static class CacheJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static void WriteAtomically<T>(string path, T value)
    {
        using var file = AtomicFile.Create(path);
        JsonSerializer.Serialize(file.Stream, value, Options);
        file.Commit();
    }

    public static T Read<T>(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new CacheFormatException($"{path} holds JSON null; expected a {typeof(T).Name}.", path);
        }
        catch (JsonException ex)
        {
            throw new CacheFormatException(
                $"{path} is not valid cache JSON ({ex.Message}); delete the cache folder and preprocess again.", ex);
        }
    }
}
