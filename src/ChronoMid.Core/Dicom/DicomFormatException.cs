namespace ChronoMid.Dicom;

/// <summary>
/// The one exception ChronoMid's DICOM reader throws for bad input: it says what kind of problem was found,
/// where (file, byte offset, tag), and what was expected. It derives from <see cref="IOException"/>, so a
/// loop over a folder that already catches I/O failures (missing file, no permission) also catches files
/// whose content is not valid DICOM; catch <see cref="DicomFormatException"/> first to tell them apart.
/// </summary>
public sealed class DicomFormatException : IOException
{
    /// <summary>Initializes a new instance of the <see cref="DicomFormatException"/> class.</summary>
    public DicomFormatException()
        : this(DicomErrorKind.Malformed, "The input is not valid DICOM.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DicomFormatException"/> class.</summary>
    /// <param name="message">What was expected and what was found.</param>
    public DicomFormatException(string message)
        : this(DicomErrorKind.Malformed, message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DicomFormatException"/> class.</summary>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="innerException">The exception that revealed the problem.</param>
    public DicomFormatException(string message, Exception innerException)
        : this(DicomErrorKind.Malformed, message, innerException: innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DicomFormatException"/> class.</summary>
    /// <param name="kind">What kind of problem this is.</param>
    /// <param name="message">What was expected and what was found, and what to do.</param>
    /// <param name="filePath">The file, or <see langword="null"/> when reading a stream.</param>
    /// <param name="offset">The byte offset in the file or stream where the problem is, when known.</param>
    /// <param name="tag">The element being read, when known.</param>
    /// <param name="innerException">The exception that revealed the problem, if any.</param>
    public DicomFormatException(
        DicomErrorKind kind,
        string message,
        string? filePath = null,
        long? offset = null,
        DicomTag? tag = null,
        Exception? innerException = null)
        : base(Compose(kind, message, filePath, offset, tag), innerException)
    {
        Kind = kind;
        Detail = message;
        FilePath = filePath;
        Offset = offset;
        Tag = tag;
    }

    /// <summary>Gets what kind of problem this is.</summary>
    /// <value>One of the <see cref="DicomErrorKind"/> values.</value>
    public DicomErrorKind Kind { get; }

    /// <summary>Gets the snake_case name of <see cref="Kind"/>, for example <c>truncated</c>.</summary>
    /// <value>The name used in JSON output.</value>
    public string KindName => Kind.ToSnakeCase();

    /// <summary>Gets the file being read.</summary>
    /// <value>The path, or <see langword="null"/> when reading a stream.</value>
    public string? FilePath { get; }

    /// <summary>Gets the byte offset where the problem is, counted from the start of the file or stream.</summary>
    /// <value>The offset in bytes, or <see langword="null"/> when it is not meaningful (for example for a
    /// decoded image description). In a deflated data set it is the offset in the inflated bytes after the
    /// File Meta group, plus the File Meta group's end.</value>
    public long? Offset { get; }

    /// <summary>Gets the tag of the element being read.</summary>
    /// <value>The tag, or <see langword="null"/> when no element was being read.</value>
    public DicomTag? Tag { get; }

    /// <summary>Gets the message without the location prefix.</summary>
    /// <value>What was expected and what was found.</value>
    public string Detail { get; }

    /// <summary>Returns a copy that carries a file path (the parser works on bytes and does not know it).</summary>
    /// <param name="filePath">The file being read.</param>
    /// <returns>The same error with <see cref="FilePath"/> set.</returns>
    internal DicomFormatException WithFilePath(string? filePath) =>
        filePath is null || FilePath is not null
            ? this
            : new DicomFormatException(Kind, Detail, filePath, Offset, Tag, InnerException);

    private static string Compose(DicomErrorKind kind, string message, string? path, long? offset, DicomTag? tag)
    {
        var where = new List<string>(3);
        if (path is not null)
        {
            where.Add(path);
        }

        if (offset is { } at)
        {
            where.Add(FormattableString.Invariant($"byte offset {at}"));
        }

        if (tag is { } t)
        {
            where.Add($"tag {t}");
        }

        var prefix = where.Count == 0 ? string.Empty : string.Join(", ", where) + ": ";
        return $"{prefix}{kind.ToSnakeCase()}: {message}";
    }
}
