using ChronoMid.Models;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Models;

/// <summary>Random batches that fit a network's architecture.</summary>
internal static class NetworkTestData
{
    public static NetworkInput RandomBatch(NetworkArchitecture architecture, int batch, long seed = 3)
    {
        using var generator = new Generator((ulong)seed);
        var branches = architecture.Descriptor.ImageInputs
            .Select(_ => randn([batch, 1, architecture.InputRows, architecture.InputColumns], generator: generator))
            .ToArray();
        var timestamps = architecture.Descriptor.HasTimestamps ? arange(batch).to(float32).mul(2) : null;
        return NetworkInput.FromBranches(architecture.Descriptor, branches, timestamps);
    }
}
