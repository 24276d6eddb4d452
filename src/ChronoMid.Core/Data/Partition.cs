namespace ChronoMid.Data;

/// <summary>One partition of a split: the subject-timepoints it holds.</summary>
/// <param name="Name">The partition's name: <c>training</c>, <c>validation</c> or <c>test</c>.</param>
/// <param name="Units">The subject-timepoints, ordered by subject then week.</param>
public sealed record Partition(string Name, IReadOnlyList<CachedUnit> Units)
{
    /// <summary>Gets the number of samples (slices) in the partition.</summary>
    public int SampleCount => Units.Sum(unit => unit.Samples.Count);

    /// <summary>Gets the number of samples of each label.</summary>
    /// <returns>Sample counts keyed by label, in ordinal label order.</returns>
    public IReadOnlyDictionary<string, int> SamplesPerLabel() => Units
        .GroupBy(unit => unit.Label, StringComparer.Ordinal)
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .ToDictionary(group => group.Key, group => group.Sum(unit => unit.Samples.Count), StringComparer.Ordinal);
}
