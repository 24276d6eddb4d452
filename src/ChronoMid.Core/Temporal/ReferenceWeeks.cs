namespace ChronoMid.Temporal;

/// <summary>Chooses each timepoint's reference timepoint for a difference map.</summary>
public static class ReferenceWeeks
{
    /// <summary>
    /// Names the reference week of each of a subject's timepoints: for the absolute difference, the subject's
    /// first timepoint; for the relative difference, the previous timepoint the subject actually has (weeks may be
    /// irregular or missing).
    /// </summary>
    /// <param name="weeks">The subject's timepoints, in whole weeks since the study began, in any order.</param>
    /// <param name="difference">
    /// <see cref="TemporalInput.AbsoluteDifference"/> or <see cref="TemporalInput.RelativeDifference"/>.
    /// </param>
    /// <returns>One entry per timepoint, in ascending week order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weeks"/> is null.</exception>
    /// <exception cref="ArgumentException">A week is negative or repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="difference"/> is not a difference map.</exception>
    public static IReadOnlyList<ReferenceWeek> Choose(IEnumerable<int> weeks, TemporalInput difference)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        if (difference is not (TemporalInput.AbsoluteDifference or TemporalInput.RelativeDifference))
        {
            throw new ArgumentOutOfRangeException(nameof(difference), difference,
                "Expected AbsoluteDifference or RelativeDifference.");
        }

        var sorted = weeks.Order().ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i] < 0 || (i > 0 && sorted[i] == sorted[i - 1]))
            {
                throw new ArgumentException(
                    $"Weeks must be distinct and not negative; got [{string.Join(", ", sorted)}].", nameof(weeks));
            }
        }

        var result = new ReferenceWeek[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            int? reference = i == 0 ? null
                : difference == TemporalInput.AbsoluteDifference ? sorted[0] : sorted[i - 1];
            result[i] = new ReferenceWeek(sorted[i], reference);
        }

        return result;
    }
}
