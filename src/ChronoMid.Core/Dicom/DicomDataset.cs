namespace ChronoMid.Dicom;

/// <summary>An ordered set of elements: the top-level data set, the File Meta group, or a sequence item.</summary>
public sealed class DicomDataset
{
    private readonly List<DicomElement> _elements;
    private readonly Dictionary<DicomTag, DicomElement> _byTag;

    internal DicomDataset(List<DicomElement> elements)
    {
        _elements = elements;
        _byTag = new Dictionary<DicomTag, DicomElement>(elements.Count);
        foreach (var element in elements)
        {
            // A repeated tag is invalid DICOM; the first occurrence wins, as in the common toolkits.
            _byTag.TryAdd(element.Tag, element);
        }
    }

    /// <summary>Gets the elements in the order they appear in the input.</summary>
    /// <value>The elements; nested items' elements are reached through <see cref="DicomElement.Items"/>.</value>
    public IReadOnlyList<DicomElement> Elements => _elements;

    /// <summary>Gets whether this data set (not its sequence items) holds an element with this tag.</summary>
    /// <param name="tag">The tag to look for.</param>
    /// <returns><see langword="true"/> when the element is present.</returns>
    public bool Contains(DicomTag tag) => _byTag.ContainsKey(tag);

    /// <summary>Gets an element of this data set (not of its sequence items) by tag.</summary>
    /// <param name="tag">The tag to look for.</param>
    /// <returns>The element, or <see langword="null"/> when absent.</returns>
    public DicomElement? GetElement(DicomTag tag) => _byTag.GetValueOrDefault(tag);

    /// <summary>Finds an element by tag here or, depth-first in file order, inside any sequence item.</summary>
    /// <param name="tag">The tag to look for.</param>
    /// <returns>The first element found, or <see langword="null"/>.</returns>
    public DicomElement? FindElement(DicomTag tag)
    {
        if (_byTag.TryGetValue(tag, out var element))
        {
            return element;
        }

        foreach (var candidate in _elements)
        {
            foreach (var item in candidate.Items)
            {
                if (item.FindElement(tag) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>Gets an element's value as trimmed text.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The text, or <see langword="null"/> when the element is absent.</returns>
    public string? GetString(DicomTag tag) => GetElement(tag)?.GetString();

    /// <summary>Gets an element's values as numbers.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The numbers, or <see langword="null"/> when the element is absent or not numeric.</returns>
    public double[]? GetDoubles(DicomTag tag)
    {
        var element = GetElement(tag);
        if (element is null)
        {
            return null;
        }

        try
        {
            return element.GetDoubles();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>Gets an element's first value as a number.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The number, or <see langword="null"/> when absent, empty or not numeric.</returns>
    public double? GetDouble(DicomTag tag) => GetDoubles(tag) is { Length: > 0 } values ? values[0] : null;

    /// <summary>Gets an element's first value as an integer.</summary>
    /// <param name="tag">The tag.</param>
    /// <returns>The integer, or <see langword="null"/> when absent, empty, not a whole number or out of the
    /// <see cref="int"/> range.</returns>
    public int? GetInt32(DicomTag tag) =>
        GetDouble(tag) is { } value && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue
            ? (int)value
            : null;
}
