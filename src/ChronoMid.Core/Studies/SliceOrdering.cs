namespace ChronoMid.Studies;

/// <summary>
/// Orders the slices of one scan: by position along the slice normal, then Instance Number, then file name;
/// never by file name alone when the headers say more.
/// </summary>
public static class SliceOrdering
{
    /// <summary>The tolerance, in mm, below which two positions along the normal count as the same.</summary>
    public const double PositionTolerance = 1e-4;

    /// <summary>Orders slices and finds those that share a position along the normal.</summary>
    /// <typeparam name="T">The caller's slice type.</typeparam>
    /// <param name="slices">The slices of one scan.</param>
    /// <param name="placement">Reads a slice's placement.</param>
    /// <param name="descending">
    /// <see langword="true"/> to put the largest position first. The default value is <see langword="false"/>:
    /// the slice at the smallest position along the normal is taken as the proximal end.
    /// </param>
    /// <returns>The slices in order, and the groups of slices (in order) that share one position.</returns>
    public static (IReadOnlyList<T> Ordered, IReadOnlyList<IReadOnlyList<T>> DuplicatePositions) Order<T>(
        IReadOnlyList<T> slices, Func<T, SlicePlacement> placement, bool descending = false)
    {
        ArgumentNullException.ThrowIfNull(slices);
        ArgumentNullException.ThrowIfNull(placement);
        var keyed = slices.Select(slice => (Slice: slice, Placement: placement(slice))).ToList();
        var sign = descending ? -1 : 1;
        keyed.Sort((a, b) =>
        {
            var byPosition = Compare(a.Placement.PositionAlongNormal, b.Placement.PositionAlongNormal);
            if (byPosition != 0)
            {
                return sign * byPosition;
            }

            var byInstance = Compare(a.Placement.InstanceNumber, b.Placement.InstanceNumber);
            return byInstance != 0
                ? sign * byInstance
                : string.CompareOrdinal(a.Placement.FileName, b.Placement.FileName);
        });

        var duplicates = new List<IReadOnlyList<T>>();
        for (var start = 0; start < keyed.Count;)
        {
            var end = start + 1;
            while (end < keyed.Count && keyed[start].Placement.PositionAlongNormal is { } p &&
                   keyed[end].Placement.PositionAlongNormal is { } q && Math.Abs(p - q) <= PositionTolerance)
            {
                end++;
            }

            if (end - start > 1)
            {
                duplicates.Add(keyed.Skip(start).Take(end - start).Select(k => k.Slice).ToArray());
            }

            start = end;
        }

        return (keyed.Select(k => k.Slice).ToArray(), duplicates);
    }

    private static int Compare(int? a, int? b) => (a, b) switch
    {
        ({ } x, { } y) => x.CompareTo(y),
        (null, null) => 0,
        (null, _) => 1,
        _ => -1,
    };

    private static int Compare(double? a, double? b) => (a, b) switch
    {
        ({ } x, { } y) when Math.Abs(x - y) <= PositionTolerance => 0,
        ({ } x, { } y) => x.CompareTo(y),
        (null, null) => 0,
        (null, _) => 1,
        _ => -1,
    };
}
