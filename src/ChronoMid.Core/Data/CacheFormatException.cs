namespace ChronoMid.Data;

/// <summary>
/// Thrown when a sample cache on disk is incomplete, corrupt or of another format version; names the file at
/// fault and what to do (usually: delete the cache folder and preprocess again).
/// </summary>
public sealed class CacheFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CacheFormatException"/> class.</summary>
    public CacheFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CacheFormatException"/> class.</summary>
    /// <param name="message">What was wrong and what to do.</param>
    public CacheFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CacheFormatException"/> class.</summary>
    /// <param name="message">What was wrong and what to do.</param>
    /// <param name="innerException">The underlying error.</param>
    public CacheFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CacheFormatException"/> class.</summary>
    /// <param name="message">What was wrong and what to do.</param>
    /// <param name="path">The file at fault.</param>
    public CacheFormatException(string message, string path)
        : base(message)
    {
        Path = path;
    }

    /// <summary>Gets the file at fault, or <see langword="null"/> when not known.</summary>
    public string? Path { get; }
}
