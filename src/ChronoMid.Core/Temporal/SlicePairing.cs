namespace ChronoMid.Temporal;

/// <summary>Pairs the slices of two timepoints of one subject.</summary>
public static class SlicePairing
{
    /// <summary>
    /// Pairs the k-th comparison slice with the k-th reference slice, both counted from the proximal end, and
    /// stops when either timepoint runs out; the comparison slices beyond that have no reference.
    /// </summary>
    /// <param name="comparisonSlices">The number of slices at the comparison timepoint; not negative.</param>
    /// <param name="referenceSlices">The number of slices at the reference timepoint; not negative.</param>
    /// <returns>min(comparisonSlices, referenceSlices) pairs, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static IReadOnlyList<SlicePair> Pair(int comparisonSlices, int referenceSlices)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(comparisonSlices);
        ArgumentOutOfRangeException.ThrowIfNegative(referenceSlices);
        var pairs = new SlicePair[Math.Min(comparisonSlices, referenceSlices)];
        for (var k = 0; k < pairs.Length; k++)
        {
            pairs[k] = new SlicePair(k, k);
        }

        return pairs;
    }
}
