using System.Globalization;
using ChronoMid.Temporal;
using static TorchSharp.torch;

namespace ChronoMid.Models;

public sealed partial class ChronoMidModule
{
    private static string Shape(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";

    private static string Describe(TemporalInput input) => input switch
    {
        TemporalInput.Image => "image",
        TemporalInput.AbsoluteDifference => "absolute difference map",
        _ => "relative difference map",
    };

    private (Tensor[] Branches, Tensor? Timestamps) CheckInput(NetworkInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var descriptor = Architecture.Descriptor;
        var rows = Architecture.InputRows;
        var columns = Architecture.InputColumns;
        var branches = new Tensor[descriptor.ImageInputs.Count];
        long? batch = null;
        for (var i = 0; i < branches.Length; i++)
        {
            var kind = descriptor.ImageInputs[i];
            if (!input.Images.TryGetValue(kind, out var maps))
            {
                throw new ArgumentException(
                    $"The network's descriptor '{descriptor}' needs the {Describe(kind)}, which the input lacks.",
                    nameof(input));
            }

            if (maps.dim() != 4 || maps.shape[1] != 1 || maps.shape[2] != rows || maps.shape[3] != columns
                || maps.dtype != ScalarType.Float32 || (batch is { } n && maps.shape[0] != n))
            {
                var expectedBatch = batch?.ToString(CultureInfo.InvariantCulture) ?? "N";
                throw new ArgumentException(
                    $"The {Describe(kind)} has shape {Shape(maps)} and type {maps.dtype}; expected "
                    + $"[{expectedBatch}, 1, {rows}, {columns}] (N × 1 × rows × columns) and Float32.",
                    nameof(input));
            }

            batch ??= maps.shape[0];
            branches[i] = maps;
        }

        var extra = input.Images.Keys.FirstOrDefault(kind => !descriptor.ImageInputs.Contains(kind));
        if (input.Images.Count > branches.Length)
        {
            throw new ArgumentException(
                $"The input has the {Describe(extra)}, which the network's descriptor '{descriptor}' does not use.",
                nameof(input));
        }

        return (branches, CheckTimestamps(input, batch ?? 0));
    }

    private Tensor? CheckTimestamps(NetworkInput input, long batch)
    {
        var descriptor = Architecture.Descriptor;
        var timestamps = input.Timestamps;
        if (!descriptor.HasTimestamps)
        {
            return timestamps is null
                ? null
                : throw new ArgumentException(
                    $"The input has timestamps, which the network's descriptor '{descriptor}' does not use.",
                    nameof(input));
        }

        if (timestamps is null)
        {
            throw new ArgumentException(
                $"The network's descriptor '{descriptor}' needs timestamps, which the input lacks.", nameof(input));
        }

        if (timestamps.dim() != 1 || timestamps.shape[0] != batch || timestamps.dtype != ScalarType.Float32)
        {
            throw new ArgumentException(
                $"The timestamps have shape {Shape(timestamps)} and type {timestamps.dtype}; expected [{batch}] "
                + "(one per sample, weeks) and Float32.", nameof(input));
        }

        return timestamps;
    }
}
