namespace ChronoMid.Training;

/// <summary>
/// The training loss became NaN or infinite; the run stopped before the step's update, and the last complete
/// checkpoint (if any) is left as it was.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TrainingDivergedException"/> class.</summary>
    public TrainingDivergedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TrainingDivergedException"/> class.</summary>
    /// <param name="message">What happened.</param>
    public TrainingDivergedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TrainingDivergedException"/> class.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The underlying error.</param>
    public TrainingDivergedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TrainingDivergedException"/> class.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="epoch">The 1-based epoch.</param>
    /// <param name="step">The 1-based step within the epoch.</param>
    /// <param name="loss">The loss value found.</param>
    public TrainingDivergedException(string message, int epoch, int step, double loss)
        : base(message)
    {
        Epoch = epoch;
        Step = step;
        Loss = loss;
    }

    /// <summary>Gets the 1-based epoch in which the loss diverged.</summary>
    public int Epoch { get; }

    /// <summary>Gets the 1-based step within the epoch at which the loss diverged.</summary>
    public int Step { get; }

    /// <summary>Gets the loss value found (NaN or infinite).</summary>
    public double Loss { get; }
}
