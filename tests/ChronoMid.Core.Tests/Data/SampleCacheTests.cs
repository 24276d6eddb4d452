using ChronoMid.Data;

namespace ChronoMid.Tests.Data;

public sealed class SampleCacheTests : IDisposable
{
    private static readonly CacheLayout Layout = new(["image", "abs"], 3, 4);
    private static readonly Dictionary<string, string> Settings = new() { ["canvas"] = "3x4" };
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"chronomid-cache-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void WriteCompleteOpen_ReadsBackEveryValueAndRecord()
    {
        var writer = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        WriteUnit(writer, "m1", 0, "control", samples: 2);
        WriteUnit(writer, "m1", 3, "control", samples: 1);
        WriteUnit(writer, "a0", 1, "pth", samples: 3);
        writer.Complete();

        using var cache = SampleCache.Open(_folder);

        Assert.Equal(["a0/1", "m1/0", "m1/3"], cache.Manifest.Units.Select(u => $"{u.Subject}/{u.Week}"));
        Assert.Equal(6, cache.Manifest.SampleCount);
        Assert.Equal("3x4", cache.Manifest.Settings["canvas"]);
        var buffer = new float[Layout.ValuesPerSample];
        cache.CopySample(0, 2, buffer);
        Assert.Equal(Values("a0", 1, 2), buffer);
        cache.CopySample(2, 0, buffer);
        Assert.Equal(Values("m1", 3, 0), buffer);
        Assert.Equal("shift 0.5", cache.Manifest.Units[1].Samples[1].Steps["note"]);
        Assert.Empty(cache.Verify());
    }

    [Fact]
    public void Open_Interrupted_SaysPreprocessAgain()
    {
        var writer = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        WriteUnit(writer, "m1", 0, "control", samples: 1);

        var error = Assert.Throws<CacheFormatException>(() => SampleCache.Open(_folder));

        Assert.Equal($"{_folder} holds no complete cache (manifest.json is missing): it was interrupted or never " +
            "written. Preprocess again to resume it.", error.Message);
    }

    [Fact]
    public void Start_AfterInterruption_KeepsCommittedUnitsAndDropsUncommitted()
    {
        var first = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        WriteUnit(first, "m1", 0, "control", samples: 2);
        var abandoned = first.BeginUnit("m1", 1, "control");
        abandoned.Append(Sample(0), Values("m1", 1, 0));
        abandoned.Dispose();
        // A killed process cannot dispose: it leaves its temporary data file behind.
        File.WriteAllBytes(Path.Combine(_folder, "units", "m1-killed-w002.bin.tmp"), new byte[40]);

        var resumed = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);

        Assert.Equal(1, resumed.CompleteUnitCount);
        Assert.True(resumed.HasUnit("m1", 0));
        Assert.False(resumed.HasUnit("m1", 1));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder, "units"), "*.tmp"));
        WriteUnit(resumed, "m1", 1, "control", samples: 1);
        Assert.Equal(3, resumed.Complete().SampleCount);
    }

    [Fact]
    public void Start_InterruptedCacheWithOtherKey_IsRefused()
    {
        SampleCacheWriter.Start(_folder, "k1", Layout, Settings);

        var error = Assert.Throws<CacheFormatException>(
            () => SampleCacheWriter.Start(_folder, "k2", Layout, Settings));

        Assert.Contains("holds an interrupted cache with key k1 (3 × 4); expected key k2 (3 × 4)", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Start_CompleteCache_IsRefused()
    {
        var writer = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        WriteUnit(writer, "m1", 0, "control", samples: 1);
        writer.Complete();

        Assert.Throws<CacheFormatException>(() => SampleCacheWriter.Start(_folder, "k1", Layout, Settings));
    }

    [Fact]
    public void Open_TruncatedDataFile_NamesFileSubjectAndWeek()
    {
        var writer = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        var unit = WriteUnit(writer, "m1", 2, "control", samples: 2);
        writer.Complete();
        var path = Path.Combine(_folder, "units", unit.FileName);
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(10);
        }

        var error = Assert.Throws<CacheFormatException>(() => SampleCache.Open(_folder));

        Assert.Equal($"{path} (subject m1, week 2) should hold 192 bytes but holds 10. The cache is damaged; " +
            "delete the folder and preprocess again.", error.Message);
    }

    [Fact]
    public void Verify_FlippedByte_ReportsTheUnit()
    {
        var writer = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        WriteUnit(writer, "m1", 0, "control", samples: 1);
        var damagedUnit = WriteUnit(writer, "m2", 0, "pth", samples: 1);
        writer.Complete();
        var path = Path.Combine(_folder, "units", damagedUnit.FileName);
        var bytes = File.ReadAllBytes(path);
        bytes[5] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        using var cache = SampleCache.Open(_folder);

        Assert.Equal("m2", Assert.Single(cache.Verify()).Subject);
    }

    [Fact]
    public void Append_WrongValueCount_SaysExpectedAndActual()
    {
        var writer = SampleCacheWriter.Start(_folder, "k1", Layout, Settings);
        using var unit = writer.BeginUnit("m1", 0, "control");

        var error = Assert.Throws<ArgumentException>(() => unit.Append(Sample(0), new float[23]));

        Assert.Equal("Expected 24 values (2 channels of 3 × 4), got 23. (Parameter 'values')", error.Message);
    }

    [Fact]
    public void Key_ChangesWithSettingAndWithFile()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "s1.dcm");
        File.WriteAllBytes(file, [1, 2, 3]);
        var key = SampleCacheKey.Compute(_folder, [file], Settings);

        var otherSetting = SampleCacheKey.Compute(
            _folder, [file], new Dictionary<string, string> { ["canvas"] = "5x5" });
        Assert.NotEqual(key, otherSetting);
        Assert.Equal(key, SampleCacheKey.Compute(_folder, [file], new Dictionary<string, string>(Settings)));

        File.WriteAllBytes(file, [1, 2, 3, 4]);
        Assert.NotEqual(key, SampleCacheKey.Compute(_folder, [file], Settings));
        Assert.Equal(32, key.Length);
    }

    private static CachedUnit WriteUnit(SampleCacheWriter writer, string subject, int week, string label, int samples)
    {
        using var unit = writer.BeginUnit(subject, week, label);
        for (var i = 0; i < samples; i++)
        {
            unit.Append(Sample(i), Values(subject, week, i));
        }

        return unit.Commit();
    }

    private static CachedSample Sample(int index) =>
        new(index, $"slice{index}.dcm", new Dictionary<string, string> { ["note"] = $"shift {index * 0.5}" });

    private static float[] Values(string subject, int week, int index) =>
        Enumerable.Range(0, (int)Layout.ValuesPerSample)
            .Select(i => (subject.GetHashCode(StringComparison.Ordinal) % 100) + (week * 1000f) + (index * 100f) + i)
            .ToArray();
}
