using System.Globalization;

namespace ChronoMid.Training;

/// <summary>
/// The learning rate of each epoch, computed from the epoch number alone (so that a resumed run continues the
/// schedule exactly): constant, stepped, or cosine.
/// </summary>
public sealed record LearningRateSchedule
{
    private LearningRateSchedule(ScheduleKind kind, int stepEpochs, double factor, double minimumRate)
    {
        Kind = kind;
        StepEpochs = stepEpochs;
        Factor = factor;
        MinimumRate = minimumRate;
    }

    /// <summary>Gets the schedule that keeps the learning rate constant.</summary>
    public static LearningRateSchedule Constant { get; } = new(ScheduleKind.Constant, 0, 1, 0);

    /// <summary>Gets how the rate changes.</summary>
    public ScheduleKind Kind { get; }

    /// <summary>Gets the number of epochs between steps (for <see cref="ScheduleKind.Step"/>).</summary>
    public int StepEpochs { get; }

    /// <summary>Gets the factor applied at each step (for <see cref="ScheduleKind.Step"/>).</summary>
    public double Factor { get; }

    /// <summary>Gets the rate the cosine ends at (for <see cref="ScheduleKind.Cosine"/>).</summary>
    public double MinimumRate { get; }

    /// <summary>Multiplies the learning rate by <paramref name="factor"/> every <paramref
    /// name="everyEpochs"/>.</summary>
    /// <param name="everyEpochs">The number of epochs between steps (at least 1).</param>
    /// <param name="factor">The factor, above 0 and at most 1.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static LearningRateSchedule Step(int everyEpochs, double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(everyEpochs, 1);
        if (!(factor > 0 && factor <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "Expected a factor above 0 and at most 1.");
        }

        return new LearningRateSchedule(ScheduleKind.Step, everyEpochs, factor, 0);
    }

    /// <summary>Lowers the learning rate along half a cosine from the base rate to a minimum at the last
    /// epoch.</summary>
    /// <param name="minimumRate">The rate at the last epoch (at least 0).</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minimumRate"/> is negative or not finite.
    /// </exception>
    public static LearningRateSchedule Cosine(double minimumRate = 0)
    {
        if (!(minimumRate >= 0 && double.IsFinite(minimumRate)))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumRate), minimumRate, "Expected a finite rate ≥ 0.");
        }

        return new LearningRateSchedule(ScheduleKind.Cosine, 0, 1, minimumRate);
    }

    /// <summary>Computes the learning rate of one epoch.</summary>
    /// <param name="epoch">The 0-based epoch.</param>
    /// <param name="epochs">The number of epochs in the run.</param>
    /// <param name="baseRate">The learning rate of the first epoch.</param>
    /// <returns>The learning rate.</returns>
    public double RateAt(int epoch, int epochs, double baseRate) => Kind switch
    {
        ScheduleKind.Step => baseRate * Math.Pow(Factor, epoch / StepEpochs),
        ScheduleKind.Cosine when epochs > 1 =>
            MinimumRate + ((baseRate - MinimumRate) * 0.5 * (1 + Math.Cos(Math.PI * epoch / (epochs - 1)))),
        _ => baseRate,
    };

    /// <summary>Returns a short description, for example <c>step(every 2 epochs, ×0.5)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        ScheduleKind.Step => string.Create(CultureInfo.InvariantCulture, $"step(every {StepEpochs} epochs, ×{Factor})"),
        ScheduleKind.Cosine => string.Create(CultureInfo.InvariantCulture, $"cosine(to {MinimumRate})"),
        _ => "constant",
    };
}
