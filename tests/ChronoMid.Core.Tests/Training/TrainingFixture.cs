using ChronoMid.Data;
using ChronoMid.Models;
using ChronoMid.Temporal;
using ChronoMid.Tests.Data;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Training;

/// <summary>A temporary folder with tiny caches, and a small X-CNN that fits them.</summary>
internal sealed class TrainingFixture : IDisposable
{
    public TrainingFixture()
    {
        Directory.CreateDirectory(Root);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), $"chronomid-training-{Guid.NewGuid():N}");

    public string Checkpoints => Path.Combine(Root, "checkpoints");

    public static ChronoMidNetwork Network(long seed = 3, int secondChainFilters = 8) =>
        ChronoMidNetwork.For(TemporalDescriptor.AbsoluteDifference())
            .Input(TinyCache.Rows, TinyCache.Columns).Filters([4], [secondChainFilters]).Seed(seed).Build();

    public static DataSplit Split(SampleCache cache) => Partitioner.Split(cache.Manifest.Units,
        new PartitionOptions { Seed = 1, StratifyByClass = true, ValidationFraction = 0.2 });

    public static void AssertSameWeights(ChronoMidNetwork expected, ChronoMidNetwork actual)
    {
        var left = expected.Module.state_dict();
        var right = actual.Module.state_dict();
        Assert.Equal(left.Keys, right.Keys);
        foreach (var (name, tensor) in left)
        {
            Assert.Equal(tensor.shape, right[name].shape);
            Assert.True(tensor.eq(right[name]).all().item<bool>(), $"Tensor '{name}' differs.");
        }
    }

    public SampleCache Cache(string name = "cache", string key = "tiny", (string, int)? nanUnit = null) =>
        SampleCache.Open(TinyCache.Write(Path.Combine(Root, name), key: key, nanUnit: nanUnit));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    public static Tensor Weight(ChronoMidNetwork network, string name) => network.Module.state_dict()[name];
}

/// <summary>Reports progress synchronously on the training thread (Progress&lt;T&gt; would post elsewhere).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
