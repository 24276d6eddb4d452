using System.Text.Json;

namespace ChronoMid.Tests.Dicom;

/// <summary>The interoperability corpus in TestData/dicom-corpus and its manifest.</summary>
internal static class DicomCorpus
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "dicom-corpus");

    public static IReadOnlyList<JsonElement> Entries { get; } = Load();

    public static string PathOf(string file) => Path.Combine(Folder, file);

    public static JsonElement Entry(string file) =>
        Entries.Single(e => e.GetProperty("file").GetString() == file);

    public static IEnumerable<string> OkFiles => Entries
        .Where(e => e.GetProperty("expected_outcome").GetString() == "ok")
        .Select(e => e.GetProperty("file").GetString()!);

    private static List<JsonElement> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "manifest.json")));
        return document.RootElement.GetProperty("files").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
