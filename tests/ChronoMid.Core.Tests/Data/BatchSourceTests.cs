using ChronoMid.Data;

namespace ChronoMid.Tests.Data;

public sealed class BatchSourceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"chronomid-batches-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Read_OneEpoch_CoversEverySampleExactlyOnceInBatchesOfN()
    {
        using var cache = SampleCache.Open(TinyCache.Write(_folder));
        var partition = new Partition("training", cache.Manifest.Units);
        var source = BatchSource.Create(cache, partition, options: new BatchSourceOptions { BatchSize = 5 });

        var seen = new List<SampleRef>();
        var sizes = new List<int>();
        using (var stream = source.Read(0))
        {
            foreach (var batch in stream)
            {
                using (batch)
                {
                    seen.AddRange(batch.Samples.ToArray());
                    sizes.Add(batch.Count);
                }
            }
        }

        Assert.Equal(72, source.SampleCount);
        Assert.Equal(15, source.BatchesPerEpoch);
        Assert.Equal(Enumerable.Repeat(5, 14).Append(2), sizes);
        Assert.Equal(72, seen.Distinct().Count());
        Assert.Equal(source.Order(0), seen);
    }

    [Fact]
    public void Order_SameSeedSameEpoch_SameOrder_NextEpochReshuffles()
    {
        using var cache = SampleCache.Open(TinyCache.Write(_folder));
        var partition = new Partition("training", cache.Manifest.Units);
        var first = BatchSource.Create(cache, partition, options: new BatchSourceOptions { Seed = 7 });
        var second = BatchSource.Create(cache, partition, options: new BatchSourceOptions { Seed = 7 });
        var other = BatchSource.Create(cache, partition, options: new BatchSourceOptions { Seed = 8 });

        Assert.Equal(first.Order(0), second.Order(0));
        Assert.Equal(first.Order(3), second.Order(3));
        Assert.NotEqual(first.Order(0), first.Order(1));
        Assert.NotEqual(first.Order(0), other.Order(0));
        Assert.Equal(first.Order(0).OrderBy(s => s.UnitIndex).ThenBy(s => s.SampleIndex),
            first.Order(1).OrderBy(s => s.UnitIndex).ThenBy(s => s.SampleIndex));
    }

    [Fact]
    public void Order_FixedSeed_IsStableAcrossVersions()
    {
        using var cache = SampleCache.Open(TinyCache.Write(_folder, subjectsPerClass: 1, weeks: 1, samplesPerUnit: 3));
        var source = BatchSource.Create(cache, new Partition("training", cache.Manifest.Units),
            options: new BatchSourceOptions { Seed = 42 });

        // Pinned: the shuffle must never change with the .NET version, or resumed runs would diverge.
        Assert.Equal("1/0 1/2 0/1 0/0 1/1 0/2",
            string.Join(' ', source.Order(0).Select(s => $"{s.UnitIndex}/{s.SampleIndex}")));
    }

    [Fact]
    public void Read_Batch_CarriesCacheValuesLabelsAndWeeks()
    {
        using var cache = SampleCache.Open(TinyCache.Write(_folder));
        var source = BatchSource.Create(cache, new Partition("test", cache.Manifest.Units),
            options: new BatchSourceOptions { BatchSize = 8, Shuffle = false });
        var expected = new float[cache.Layout.ValuesPerSample];

        using var stream = source.Read(0);
        foreach (var batch in stream)
        {
            using (batch)
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var sample = batch.Samples[i];
                    var unit = cache.Manifest.Units[sample.UnitIndex];
                    cache.CopySample(sample.UnitIndex, sample.SampleIndex, expected);
                    Assert.Equal(expected, batch.Values.Slice(i * expected.Length, expected.Length).ToArray());
                    Assert.Equal(unit.Label == "pth" ? 1 : 0, batch.Labels[i]);
                    Assert.Equal(unit.Week, batch.Timestamps[i]);
                }
            }
        }

        Assert.Equal(["control", "pth"], source.Classes);
        Assert.Equal(36, source.ClassBalance["pth"]);
    }

    [Fact]
    public void Read_Cancelled_ThrowsOnConsumer()
    {
        using var cache = SampleCache.Open(TinyCache.Write(_folder));
        var source = BatchSource.Create(cache, new Partition("training", cache.Manifest.Units),
            options: new BatchSourceOptions { BatchSize = 2 });
        using var cancellation = new CancellationTokenSource();

        using var stream = source.Read(0, cancellation.Token);
        var consumed = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var batch in stream)
            {
                batch.Dispose();
                if (++consumed == 3)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.Equal(3, consumed);
    }

    [Fact]
    public void Read_CacheFailsOnBackgroundThread_ExceptionSurfacesOnConsumer()
    {
        var cache = SampleCache.Open(TinyCache.Write(_folder));
        var source = BatchSource.Create(cache, new Partition("training", cache.Manifest.Units));
        cache.Dispose();

        using var stream = source.Read(0);

        Assert.Throws<ObjectDisposedException>(() => stream.ToList());
    }

    [Fact]
    public void Create_UnitNotInCacheAndBadOptions_ListsEveryProblem()
    {
        using var cache = SampleCache.Open(TinyCache.Write(_folder));
        var stranger = cache.Manifest.Units[0] with { Subject = "stranger" };

        var error = Assert.Throws<ArgumentException>(() => BatchSource.Create(cache,
            new Partition("training", [stranger]), options: new BatchSourceOptions { BatchSize = 0, Prefetch = 0 }));

        Assert.Equal(string.Join(Environment.NewLine, "Cannot stream the partition:",
            "BatchSize must be at least 1 sample; it is 0.", "Prefetch must be at least 1 batch; it is 0.",
            $"Partition 'training' holds subject 'stranger', week 0, which the cache in {_folder} does not.") +
            " (Parameter 'partition')", error.Message);
    }
}
