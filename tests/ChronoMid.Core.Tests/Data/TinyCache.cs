using ChronoMid.Data;

namespace ChronoMid.Tests.Data;

/// <summary>
/// Writes small caches without DICOM: two classes ("control", "pth"), subjects with a few weeks each, samples of
/// noise where every "pth" sample carries a bright blob, in the channels "image" and "abs".
/// </summary>
internal static class TinyCache
{
    public const int Rows = 16;
    public const int Columns = 24;

    public static string Write(string folder, int subjectsPerClass = 3, int weeks = 3, int samplesPerUnit = 4,
        string key = "tiny", (string Subject, int Week)? nanUnit = null, int seed = 1)
    {
        var layout = new CacheLayout(["image", "abs"], Rows, Columns);
        var settings = new Dictionary<string, string> { ["canvas"] = "16x24" };
        var writer = SampleCacheWriter.Start(folder, key, layout, settings);
        var random = new Random(seed);
        var values = new float[layout.ValuesPerSample];
        foreach (var label in new[] { "control", "pth" })
        {
            for (var s = 0; s < subjectsPerClass; s++)
            {
                var subject = $"{label}-{s}";
                for (var week = 0; week < weeks; week++)
                {
                    using var unit = writer.BeginUnit(subject, week, label);
                    for (var i = 0; i < samplesPerUnit; i++)
                    {
                        Fill(values, random, label == "pth", week);
                        if (nanUnit is { } bad && bad.Subject == subject && bad.Week == week)
                        {
                            values[5] = float.NaN;
                        }

                        unit.Append(new CachedSample(i, $"{subject}/w{week}/{i}.dcm", new Dictionary<string, string>()),
                            values);
                    }

                    unit.Commit();
                }
            }
        }

        writer.Complete();
        return folder;
    }

    private static void Fill(float[] values, Random random, bool blob, int week)
    {
        var plane = Rows * Columns;
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(random.NextDouble() - 0.5);
        }

        if (!blob)
        {
            return;
        }

        for (var r = 5; r < 11; r++)
        {
            for (var c = 8; c < 16; c++)
            {
                values[(r * Columns) + c] += 2f;
                values[plane + (r * Columns) + c] += 0.5f * week;
            }
        }
    }
}
