using System.Globalization;
using System.Text.Json;

namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// Keeps run records as JSON files in a folder, one file per model, epoch budget and run
/// (<c>cnn-5ep-run0.json</c>), each written atomically, so that an interrupted experiment can read back what it
/// finished. A file also carries the settings the run was made with, so that runs made with other settings are
/// recognised instead of silently mixed in.
/// </summary>
public static class RunRecordStore
{
    /// <summary>The extension of stored run files.</summary>
    public const string Extension = ".json";

    /// <summary>Gets the file name a run is stored under.</summary>
    /// <param name="model">The model name.</param>
    /// <param name="epochBudget">The epoch budget.</param>
    /// <param name="runIndex">The 0-based run index.</param>
    /// <returns>A name such as <c>xcnn-abs-5ep-run2.json</c>; characters unsafe in file names become '_'.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static string FileName(string model, int epochBudget, int runIndex)
    {
        ArgumentNullException.ThrowIfNull(model);
        var safe = new string(model.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
        return string.Create(CultureInfo.InvariantCulture, $"{safe}-{epochBudget}ep-run{runIndex}{Extension}");
    }

    /// <summary>Writes a run record atomically (temporary file, then rename) into a folder.</summary>
    /// <param name="record">The record.</param>
    /// <param name="folder">The folder, created if needed.</param>
    /// <param name="settings">The settings the run was made with, stored beside it; null for none.</param>
    /// <returns>The full path of the file written.</returns>
    /// <exception cref="ArgumentNullException">
    /// <paramref name="record"/> or <paramref name="folder"/> is <see langword="null"/>.
    /// </exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static string Save(RunRecord record, string folder, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var path = Path.GetFullPath(Path.Combine(folder, FileName(record.Model, record.EpochBudget, record.RunIndex)));
        var document = RunRecordDocument.From(record, settings ?? new Dictionary<string, string>());
        ReportWriter.WriteAtomically(path, JsonSerializer.Serialize(document, ReportJson.Options));
        return path;
    }

    /// <summary>Reads one stored run record.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a stored run record of this format.</exception>
    public static RunRecord Load(string path) => Read(path).ToRecord();

    /// <summary>Reads the settings a stored run record was made with.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The settings; empty when none were stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a stored run record of this format.</exception>
    public static IReadOnlyDictionary<string, string> LoadSettings(string path) => Read(path).Settings;

    /// <summary>Reads every stored run record in a folder, ordered by file name.</summary>
    /// <param name="folder">The folder; a missing folder holds no records.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">A file is not a stored run record of this format.</exception>
    public static IReadOnlyList<RunRecord> LoadAll(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*" + Extension).Order(StringComparer.Ordinal).Select(Load).ToArray();
    }

    private static RunRecordDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var text = File.ReadAllText(path);
        RunRecordDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RunRecordDocument>(text, ReportJson.Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a stored run record: {exception.Message}", exception);
        }

        if (document is null || document.Format != RunRecordDocument.CurrentFormat)
        {
            var found = document?.Format.ToString(CultureInfo.InvariantCulture) ?? "none";
            throw new InvalidDataException(
                $"{path} is not a stored run record of format {RunRecordDocument.CurrentFormat}; found {found}.");
        }

        try
        {
            return Validate(document, path);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidDataException($"{path} holds an inconsistent run record: {exception.Message}", exception);
        }
    }

    private static RunRecordDocument Validate(RunRecordDocument document, string path)
    {
        if (string.IsNullOrEmpty(document.Model) || document.EpochBudget < 1 || document.RunIndex < 0)
        {
            throw new InvalidDataException($"{path} lacks a model name, an epoch budget of at least 1 or a run " +
                $"index of at least 0 (model '{document.Model}', budget {document.EpochBudget}, run " +
                $"{document.RunIndex}).");
        }

        _ = document.ToRecord();
        return document;
    }
}
