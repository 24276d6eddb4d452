using ChronoMid.Randomness;

namespace ChronoMid.Data;

/// <summary>
/// Splits subject-timepoints into training, validation and test partitions, keeping every unit (or every
/// subject) whole, deterministically from one seed.
/// </summary>
/// <remarks>
/// The units (or subjects) are shuffled; the first <see cref="PartitionOptions.TestFraction"/> of them, rounded to
/// a whole number, become the test partition, and of the rest the first
/// <see cref="PartitionOptions.ValidationFraction"/> the validation partition. Each of the test and validation
/// partitions gets at least one unit whenever at least one unit would be left for training.
/// </remarks>
public static class Partitioner
{
    /// <summary>Splits the units once.</summary>
    /// <param name="units">The subject-timepoints, for example <see cref="CacheManifest.Units"/>.</param>
    /// <param name="options">How to split; the defaults follow the paper.</param>
    /// <returns>The split.</returns>
    /// <exception cref="ArgumentException">
    /// The options are out of range, a unit appears twice, a subject has two labels, or there are too few units to
    /// hold out any for testing; every problem is listed.
    /// </exception>
    public static DataSplit Split(IReadOnlyList<CachedUnit> units, PartitionOptions? options = null)
    {
        options ??= new PartitionOptions();
        var groups = Groups(units, options, minimumGroups: 2);
        var rng = new SplitMix64(options.Seed);
        var test = new List<CachedUnit[]>();
        var rest = new List<CachedUnit[]>();
        foreach (var stratum in Strata(groups, options))
        {
            rng.Shuffle(stratum);
            var testCount = Share(stratum.Count, options.TestFraction);
            test.AddRange(stratum.Take(testCount));
            rest.AddRange(stratum.Skip(testCount));
        }

        return Finish(rest, test, options, ref rng);
    }

    /// <summary>
    /// Splits the units into <paramref name="folds"/> folds; each fold is the test partition of one split, whose
    /// remaining units are split into training and validation.
    /// </summary>
    /// <param name="units">The subject-timepoints.</param>
    /// <param name="folds">The number of folds, at least 2.</param>
    /// <param name="options">How to split; <see cref="PartitionOptions.TestFraction"/> is not used.</param>
    /// <returns>One split per fold; every unit is in exactly one test partition.</returns>
    /// <exception cref="ArgumentException">The options or units are invalid; every problem is listed.</exception>
    public static IReadOnlyList<DataSplit> KFold(IReadOnlyList<CachedUnit> units, int folds,
        PartitionOptions? options = null)
    {
        options ??= new PartitionOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = Groups(units, options, minimumGroups: folds);
        var rng = new SplitMix64(options.Seed);
        var foldOf = new List<CachedUnit[]>[folds];
        for (var f = 0; f < folds; f++)
        {
            foldOf[f] = [];
        }

        var next = 0;
        foreach (var stratum in Strata(groups, options))
        {
            rng.Shuffle(stratum);
            foreach (var group in stratum)
            {
                foldOf[next++ % folds].Add(group);
            }
        }

        var splits = new DataSplit[folds];
        for (var f = 0; f < folds; f++)
        {
            var rest = foldOf.Where((_, i) => i != f).SelectMany(groupList => groupList).ToList();
            splits[f] = Finish(rest, foldOf[f], options, ref rng);
        }

        return splits;
    }

    private static DataSplit Finish(List<CachedUnit[]> rest, List<CachedUnit[]> test, PartitionOptions options,
        ref SplitMix64 rng)
    {
        var validation = new List<CachedUnit[]>();
        var training = new List<CachedUnit[]>();
        foreach (var stratum in Strata(rest, options))
        {
            rng.Shuffle(stratum);
            var validationCount = Share(stratum.Count, options.ValidationFraction);
            validation.AddRange(stratum.Take(validationCount));
            training.AddRange(stratum.Skip(validationCount));
        }

        return new DataSplit(Make("training", training), Make("validation", validation), Make("test", test),
            options);
    }

    private static Partition Make(string name, IEnumerable<CachedUnit[]> groups) => new(name, groups
        .SelectMany(group => group)
        .OrderBy(unit => unit.Subject, StringComparer.Ordinal).ThenBy(unit => unit.Week)
        .ToArray());

    private static int Share(int count, double fraction)
    {
        if (fraction <= 0 || count < 2)
        {
            return 0;
        }

        var share = (int)Math.Round(count * fraction, MidpointRounding.AwayFromZero);
        return Math.Clamp(share, 1, count - 1);
    }

    private static IEnumerable<List<CachedUnit[]>> Strata(IEnumerable<CachedUnit[]> groups, PartitionOptions options)
    {
        // Groups arrive in a fixed order (subject, then week) so that shuffling from one seed is reproducible.
        var ordered = groups.OrderBy(g => g[0].Subject, StringComparer.Ordinal).ThenBy(g => g[0].Week).ToList();
        return options.StratifyByClass
            ? ordered.GroupBy(g => g[0].Label, StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => s.ToList())
            : [ordered];
    }

    private static List<CachedUnit[]> Groups(IReadOnlyList<CachedUnit> units, PartitionOptions options,
        int minimumGroups)
    {
        ArgumentNullException.ThrowIfNull(units);
        var problems = new List<string>();
        if (options.TestFraction is <= 0 or >= 1 || double.IsNaN(options.TestFraction))
        {
            problems.Add($"TestFraction must be above 0 and below 1; it is {options.TestFraction}.");
        }

        if (options.ValidationFraction is < 0 or >= 1 || double.IsNaN(options.ValidationFraction))
        {
            problems.Add($"ValidationFraction must be at least 0 and below 1; it is {options.ValidationFraction}.");
        }

        foreach (var duplicate in units.GroupBy(u => (u.Subject, u.Week)).Where(g => g.Count() > 1))
        {
            problems.Add($"Subject '{duplicate.Key.Subject}', week {duplicate.Key.Week} appears " +
                $"{duplicate.Count()} times; each subject-timepoint must appear once.");
        }

        foreach (var subject in units.GroupBy(u => u.Subject, StringComparer.Ordinal)
                     .Where(g => g.Select(u => u.Label).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            problems.Add($"Subject '{subject.Key}' has more than one label (" +
                string.Join(", ", subject.Select(u => u.Label).Distinct(StringComparer.Ordinal)) + ").");
        }

        var groups = options.Unit == PartitionUnit.Subject
            ? units.GroupBy(u => u.Subject, StringComparer.Ordinal).Select(g => g.ToArray()).ToList()
            : units.Select(u => new[] { u }).ToList();
        if (groups.Count < minimumGroups)
        {
            var what = options.Unit == PartitionUnit.Subject ? "subjects" : "subject-timepoints";
            problems.Add($"Expected at least {minimumGroups} {what} to split, found {groups.Count}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "Cannot partition the data:" + Environment.NewLine + string.Join(Environment.NewLine, problems),
                nameof(units));
        }

        return groups;
    }
}
