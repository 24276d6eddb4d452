using ChronoMid.Data;
using ChronoMid.Models;
using ChronoMid.Temporal;
using static TorchSharp.torch;

namespace ChronoMid.Evaluation;

/// <summary>
/// Turns a <see cref="SampleBatch"/> into a network's input and targets on a device: one N × 1 × rows × columns
/// tensor per image input (taken from the cache channel of the same name), the timestamps when the descriptor has
/// them, and the class indices. The tensors join the caller's dispose scope.
/// </summary>
internal sealed class BatchTensors
{
    private readonly TemporalDescriptor _descriptor;
    private readonly int[] _channelOfInput;
    private readonly CacheLayout _layout;

    private BatchTensors(TemporalDescriptor descriptor, CacheLayout layout, int[] channelOfInput)
    {
        _descriptor = descriptor;
        _layout = layout;
        _channelOfInput = channelOfInput;
    }

    /// <summary>Names a cache channel the way the preprocessing pipeline writes it.</summary>
    public static string ChannelName(TemporalInput input) => input switch
    {
        TemporalInput.Image => "image",
        TemporalInput.AbsoluteDifference => "abs",
        _ => "rel",
    };

    /// <summary>Lists what keeps a network from reading a cache; empty when it can.</summary>
    public static IReadOnlyList<string> Problems(NetworkArchitecture architecture, CacheLayout layout,
        int classCount)
    {
        var problems = new List<string>();
        var missing = architecture.Descriptor.ImageInputs.Select(ChannelName)
            .Where(name => !layout.Channels.Contains(name, StringComparer.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            problems.Add($"The model's descriptor '{architecture.Descriptor}' needs the cache channel(s) " +
                $"{string.Join(", ", missing)}; the cache holds {string.Join(", ", layout.Channels)}. Preprocess " +
                "the study with a descriptor that includes them.");
        }

        if (layout.Rows != architecture.InputRows || layout.Columns != architecture.InputColumns)
        {
            problems.Add($"The model takes {architecture.InputRows} × {architecture.InputColumns} pixels; the " +
                $"cache's canvas is {layout.Rows} × {layout.Columns}. Build the model with " +
                $".Input({layout.Rows}, {layout.Columns}).");
        }

        if (architecture.Classes != classCount)
        {
            problems.Add($"The model has {architecture.Classes} classes; the cache's units have {classCount} labels.");
        }

        return problems;
    }

    public static BatchTensors For(TemporalDescriptor descriptor, CacheLayout layout) => new(descriptor, layout,
        descriptor.ImageInputs.Select(input => IndexOf(layout.Channels, ChannelName(input))).ToArray());

    public (NetworkInput Input, Tensor Targets) Create(SampleBatch batch, Device device)
    {
        var all = empty([batch.Count, _layout.Channels.Count, _layout.Rows, _layout.Columns], float32);
        all.data<float>().CopyFrom(batch.Values);
        var onDevice = all.to(device);
        var branches = _channelOfInput.Select(channel => onDevice.narrow(1, channel, 1)).ToArray();
        var timestamps = _descriptor.HasTimestamps ? tensor(batch.Timestamps.ToArray()).to(device) : null;
        var targets = tensor(batch.Labels.ToArray(), int64).to(device);
        return (NetworkInput.FromBranches(_descriptor, branches, timestamps), targets);
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

        throw new ArgumentException($"The cache has no '{name}' channel; it holds {string.Join(", ", channels)}.",
            nameof(channels));
    }
}
