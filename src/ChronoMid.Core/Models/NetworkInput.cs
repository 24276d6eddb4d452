using System.Collections.ObjectModel;
using ChronoMid.Temporal;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// One batch for a network's forward pass: each image-shaped input named by its <see cref="TemporalInput"/>
/// (N × 1 × rows × columns, float32) and, for descriptors with timestamps, the timestamps (N, float32, whole
/// weeks since the study began, not normalised). Naming the inputs means their order cannot be mixed up.
/// </summary>
/// <remarks>The input does not own its tensors: the caller disposes them (typically with a dispose scope).</remarks>
public sealed class NetworkInput
{
    private NetworkInput(IDictionary<TemporalInput, Tensor> images, Tensor? timestamps)
    {
        Images = new ReadOnlyDictionary<TemporalInput, Tensor>(images);
        Timestamps = timestamps;
    }

    /// <summary>Gets the image-shaped inputs by kind.</summary>
    public IReadOnlyDictionary<TemporalInput, Tensor> Images { get; }

    /// <summary>Gets the timestamps, one per sample in weeks, or null.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public Tensor? Timestamps { get; }

    /// <summary>Starts an input with one image-shaped tensor.</summary>
    /// <param name="kind">Which input the tensor is.</param>
    /// <param name="maps">The batch, N × 1 × rows × columns.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="maps"/> is null.</exception>
    public static NetworkInput Of(TemporalInput kind, Tensor maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return new NetworkInput(new Dictionary<TemporalInput, Tensor> { [kind] = maps }, timestamps: null);
    }

    /// <summary>Creates an input from tensors given in the descriptor's branch order.</summary>
    /// <param name="descriptor">The descriptor whose image inputs name the tensors.</param>
    /// <param name="branches">One tensor per image input of <paramref name="descriptor"/>, in its order.</param>
    /// <param name="timestamps">The timestamps, or null.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException">An argument or tensor is null.</exception>
    /// <exception cref="ArgumentException">The tensor count differs from the descriptor's image inputs.</exception>
    public static NetworkInput FromBranches(TemporalDescriptor descriptor, IReadOnlyList<Tensor> branches,
        Tensor? timestamps = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(branches);
        if (branches.Count != descriptor.ImageInputs.Count)
        {
            throw new ArgumentException(
                $"Descriptor '{descriptor}' has {descriptor.ImageInputs.Count} image input(s), found "
                + $"{branches.Count} tensor(s).", nameof(branches));
        }

        var images = new Dictionary<TemporalInput, Tensor>();
        for (var i = 0; i < branches.Count; i++)
        {
            images[descriptor.ImageInputs[i]] = branches[i] ?? throw new ArgumentNullException(nameof(branches));
        }

        return new NetworkInput(images, timestamps);
    }

    /// <summary>Returns this input with another image-shaped tensor added (or replaced).</summary>
    /// <param name="kind">Which input the tensor is.</param>
    /// <param name="maps">The batch, N × 1 × rows × columns.</param>
    /// <returns>The extended input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="maps"/> is null.</exception>
    public NetworkInput And(TemporalInput kind, Tensor maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return new NetworkInput(new Dictionary<TemporalInput, Tensor>(Images) { [kind] = maps }, Timestamps);
    }

    /// <summary>Returns this input with the timestamps set.</summary>
    /// <param name="weeks">One timestamp per sample (N, float32), whole weeks since the study began.</param>
    /// <returns>The extended input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weeks"/> is null.</exception>
    public NetworkInput WithTimestamps(Tensor weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        return new NetworkInput(new Dictionary<TemporalInput, Tensor>(Images), weeks);
    }
}
