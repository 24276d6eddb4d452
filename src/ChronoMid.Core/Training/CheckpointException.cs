namespace ChronoMid.Training;

/// <summary>
/// A training checkpoint is damaged (truncated, garbled) or was written for another network, cache or setting;
/// names the file at fault and what differs.
/// </summary>
public sealed class CheckpointException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="CheckpointException"/> class.</summary>
    public CheckpointException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CheckpointException"/> class.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    public CheckpointException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CheckpointException"/> class.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="innerException">The underlying error.</param>
    public CheckpointException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="CheckpointException"/> class.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="path">The file at fault.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public CheckpointException(string message, string path, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>Gets the file at fault, or <see langword="null"/> when not known.</summary>
    public string? Path { get; }
}
