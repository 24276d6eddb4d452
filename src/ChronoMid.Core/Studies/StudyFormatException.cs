namespace ChronoMid.Studies;

/// <summary>
/// Thrown when a study's own files (its labels file, its folder layout) cannot be read as a study; carries the
/// file and line where the problem is.
/// </summary>
public sealed class StudyFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StudyFormatException"/> class.</summary>
    /// <param name="message">What was wrong, where, and what to do.</param>
    /// <param name="path">The file or folder at fault, when known.</param>
    /// <param name="line">The 1-based line number in <paramref name="path"/>, when known.</param>
    public StudyFormatException(string message, string? path = null, int? line = null)
        : base(message)
    {
        Path = path;
        Line = line;
    }

    /// <summary>Initializes a new instance of the <see cref="StudyFormatException"/> class.</summary>
    public StudyFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StudyFormatException"/> class.</summary>
    /// <param name="message">What was wrong.</param>
    public StudyFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StudyFormatException"/> class.</summary>
    /// <param name="message">What was wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public StudyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the file or folder at fault, or <see langword="null"/> when not known.</summary>
    public string? Path { get; }

    /// <summary>Gets the 1-based line number in <see cref="Path"/>, or <see langword="null"/> when not known.</summary>
    public int? Line { get; }
}
