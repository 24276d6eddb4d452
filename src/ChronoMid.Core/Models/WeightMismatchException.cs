namespace ChronoMid.Models;

/// <summary>A weights file does not fit the network it is loaded into; the first mismatching tensor is named.</summary>
public sealed class WeightMismatchException : IOException
{
    /// <summary>Initializes a new instance of the <see cref="WeightMismatchException"/> class.</summary>
    public WeightMismatchException()
        : base("The weights file does not match the network's architecture.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WeightMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    public WeightMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WeightMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public WeightMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WeightMismatchException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="filePath">The weights file.</param>
    /// <param name="tensorName">The first mismatching tensor.</param>
    public WeightMismatchException(string message, string filePath, string tensorName)
        : base(message)
    {
        FilePath = filePath;
        TensorName = tensorName;
    }

    /// <summary>Gets the path of the weights file, if known.</summary>
    public string? FilePath { get; }

    /// <summary>Gets the first mismatching tensor's name, for example <c>chain1.branches.0.conv0.weight</c>.</summary>
    public string? TensorName { get; }
}
