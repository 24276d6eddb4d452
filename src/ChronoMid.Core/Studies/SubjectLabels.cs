using System.Collections.ObjectModel;

namespace ChronoMid.Studies;

/// <summary>
/// The class label of every subject in a study, read from a <c>labels.csv</c> file of <c>subject,label</c> lines
/// (any number of classes).
/// </summary>
/// <remarks>
/// An optional first line <c>subject,label</c> is a header. Blank lines and lines starting with <c>#</c> are
/// ignored; fields are trimmed and may be enclosed in double quotes. Subject names compare case-sensitively,
/// as folder names do on Linux.
/// </remarks>
public sealed class SubjectLabels
{
    private readonly ReadOnlyDictionary<string, string> _labels;

    private SubjectLabels(Dictionary<string, string> labels)
    {
        _labels = new ReadOnlyDictionary<string, string>(labels);
        Classes = labels.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets every subject's label, keyed by subject.</summary>
    public IReadOnlyDictionary<string, string> Labels => _labels;

    /// <summary>Gets the distinct labels in ordinal order; a label's index here is its class index.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Reads a labels file.</summary>
    /// <param name="path">The path of the CSV file.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="StudyFormatException">A line is malformed or a subject is listed twice.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static SubjectLabels Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Reads labels from text in the <c>labels.csv</c> format.</summary>
    /// <param name="reader">The text to read.</param>
    /// <param name="sourceName">The name used in error messages, usually the file path.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="StudyFormatException">A line is malformed or a subject is listed twice.</exception>
    public static SubjectLabels Parse(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var headerAllowed = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var fields = text.Split(',').Select(field => field.Trim().Trim('"').Trim()).ToArray();
            var isHeader = headerAllowed && fields.Length == 2 &&
                fields[0].Equals("subject", StringComparison.OrdinalIgnoreCase) &&
                fields[1].Equals("label", StringComparison.OrdinalIgnoreCase);
            headerAllowed = false;
            if (isHeader)
            {
                continue;
            }

            if (fields.Length != 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw new StudyFormatException(
                    $"{sourceName}, line {lineNumber}: expected 'subject,label' with both fields non-empty, found " +
                    $"'{text}' ({fields.Length} field{(fields.Length == 1 ? "" : "s")}).", sourceName, lineNumber);
            }

            if (firstLine.TryGetValue(fields[0], out var earlier))
            {
                throw new StudyFormatException(
                    $"{sourceName}, line {lineNumber}: subject '{fields[0]}' is already labelled on line {earlier}; " +
                    "list each subject once.", sourceName, lineNumber);
            }

            firstLine[fields[0]] = lineNumber;
            labels[fields[0]] = fields[1];
        }

        if (labels.Count == 0)
        {
            throw new StudyFormatException(
                $"{sourceName}: no 'subject,label' lines found; expected one line per subject.", sourceName);
        }

        return new SubjectLabels(labels);
    }

    /// <summary>Gets the label of a subject, if it has one.</summary>
    /// <param name="subject">The subject identifier.</param>
    /// <param name="label">The label, when found.</param>
    /// <returns><see langword="true"/> when the subject is labelled.</returns>
    public bool TryGetLabel(string subject, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? label) =>
        _labels.TryGetValue(subject, out label);
}
