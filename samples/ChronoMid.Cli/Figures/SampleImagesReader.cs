using System.Globalization;
using ChronoMid.Data;

namespace ChronoMid.Cli.Figures;

/// <summary>Picks a few samples from a sample cache for the comparison/reference/difference figure.</summary>
internal static class SampleImagesReader
{
    /// <summary>
    /// Reads the middle slice of up to <paramref name="count"/> subject-timepoints that have a reference image,
    /// spread over the subjects; timepoints without a reference are used only when no other is left.
    /// </summary>
    /// <param name="cache">The cache; it must hold an <c>image</c> channel and a difference channel.</param>
    /// <param name="count">The number of samples wanted.</param>
    /// <returns>The samples; fewer when the cache holds fewer units.</returns>
    /// <exception cref="ArgumentException">The cache lacks the image or a difference channel.</exception>
    public static IReadOnlyList<SampleImages> Read(SampleCache cache, int count)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var channels = cache.Layout.Channels;
        var image = IndexOf(channels, "image");
        var difference = channels.Select((name, i) => (name, i)).FirstOrDefault(c => c.name is "abs" or "rel");
        if (image < 0 || difference.name is null)
        {
            throw new ArgumentException(
                $"The cache in {cache.Folder} holds channels [{string.Join(", ", channels)}]; " +
                "the figure needs 'image' and a difference channel ('abs' or 'rel').", nameof(cache));
        }

        var units = cache.Manifest.Units.Select((unit, index) => (unit, index)).ToArray();
        var key = difference.name + ".referenceWeek";
        var withReference = units.Where(u => u.unit.Samples.Count > 0 && u.unit.Samples[0].Steps.ContainsKey(key));

        // Round-robin over subjects so the figure shows different animals before a second week of one.
        var picked = withReference.GroupBy(u => u.unit.Subject, StringComparer.Ordinal)
            .SelectMany(g => g.Select((u, rank) => (u, rank)))
            .OrderBy(x => x.rank).Select(x => x.u)
            .Concat(units.Where(u => u.unit.Samples.Count > 0))
            .DistinctBy(u => u.index)
            .Take(count);

        var plane = cache.Layout.Rows * cache.Layout.Columns;
        var buffer = new float[cache.Layout.ValuesPerSample];
        var samples = new List<SampleImages>();
        foreach (var (unit, index) in picked)
        {
            var slice = unit.Samples.Count / 2;
            cache.CopySample(index, slice, buffer);
            var reference = unit.Samples[slice].Steps.TryGetValue(key, out var week)
                ? int.Parse(week, NumberStyles.Integer, CultureInfo.InvariantCulture)
                : (int?)null;
            samples.Add(new SampleImages(unit.Subject, unit.Week, reference, difference.name, cache.Layout.Rows,
                cache.Layout.Columns, buffer.AsSpan(image * plane, plane).ToArray(),
                buffer.AsSpan(difference.i * plane, plane).ToArray()));
        }

        return samples;
    }

    private static int IndexOf(IReadOnlyList<string> channels, string name)
    {
        for (var i = 0; i < channels.Count; i++)
        {
            if (channels[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
