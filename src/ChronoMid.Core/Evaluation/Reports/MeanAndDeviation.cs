namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// The mean of a set of per-run values with its sample standard deviation, as the paper reports "mean ± SD"
/// over runs.
/// </summary>
/// <param name="Mean">The arithmetic mean; NaN for no values.</param>
/// <param name="StandardDeviation">
/// The sample standard deviation, with n − 1 in the denominator (Bessel's correction); 0 for a single value,
/// NaN for no values.
/// </param>
/// <param name="Count">The number of values, e.g. runs.</param>
public readonly record struct MeanAndDeviation(double Mean, double StandardDeviation, int Count)
{
    /// <summary>Computes the mean and sample standard deviation of values.</summary>
    /// <param name="values">The values; NaN values are left out and not counted.</param>
    /// <returns>The statistic.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    public static MeanAndDeviation Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var kept = values.Where(v => !double.IsNaN(v)).ToArray();
        if (kept.Length == 0)
        {
            return new MeanAndDeviation(double.NaN, double.NaN, 0);
        }

        var mean = kept.Average();
        if (kept.Length == 1)
        {
            return new MeanAndDeviation(mean, 0, 1);
        }

        var squares = kept.Sum(v => (v - mean) * (v - mean));
        return new MeanAndDeviation(mean, Math.Sqrt(squares / (kept.Length - 1)), kept.Length);
    }

    /// <summary>Multiplies the mean and the deviation by a factor, e.g. 100 to turn shares into percent.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled statistic, with the same count.</returns>
    public MeanAndDeviation Scale(double factor) => new(Mean * factor, StandardDeviation * factor, Count);
}
