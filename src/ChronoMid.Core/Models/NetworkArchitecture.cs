using System.Text.Json.Serialization;
using ChronoMid.Temporal;

namespace ChronoMid.Models;

/// <summary>
/// Everything needed to rebuild a ChronoMid network without the code that made it: its temporal descriptor,
/// input size, classes, variant and the layers of every chain. Serialisable to JSON with <see cref="ToJson"/>.
/// </summary>
/// <remarks>
/// Each image-shaped input of <see cref="Descriptor"/> gets a branch, in the descriptor's order; all branches
/// share the layers described by <see cref="Chains"/>. The head is fixed: flatten every branch, concatenate them
/// (and the raw timestamp when the descriptor has one), dense 64 with ReLU, batch norm, dense 32 with ReLU, batch
/// norm, dense <see cref="Classes"/> giving logits. Build one with <see cref="ChronoMidNetwork.For"/>.
/// </remarks>
public sealed partial record NetworkArchitecture
{
    /// <summary>The number of units of the head's first dense layer.</summary>
    public const int HeadUnits1 = 64;

    /// <summary>The number of units of the head's second dense layer.</summary>
    public const int HeadUnits2 = 32;

    /// <summary>Gets the temporal descriptor: one branch per image-shaped input, and the timestamp if any.</summary>
    [JsonConverter(typeof(TemporalDescriptorJsonConverter))]
    public required TemporalDescriptor Descriptor { get; init; }

    /// <summary>Gets the input height, in pixels (rows of every image-shaped input).</summary>
    public required int InputRows { get; init; }

    /// <summary>Gets the input width, in pixels (columns of every image-shaped input).</summary>
    public required int InputColumns { get; init; }

    /// <summary>Gets the number of classes, the width of the output logits.</summary>
    /// <value>The default value is 2.</value>
    public int Classes { get; init; } = 2;

    /// <summary>Gets the variant whose defaults the network was built with; a label, the layers say the rest.</summary>
    /// <value>The default value is <see cref="ModelVariant.Faithful"/>.</value>
    public ModelVariant Variant { get; init; } = ModelVariant.Faithful;

    /// <summary>Gets the axis of the batch norm applied to each image-shaped input, or null for none.</summary>
    /// <value>The default value is <see cref="BatchNormAxis.Channel"/>.</value>
    public BatchNormAxis? InputBatchNorm { get; init; } = BatchNormAxis.Channel;

    /// <summary>Gets the chains, in order; each halves the maps with its pooling.</summary>
    public required IReadOnlyList<ChainArchitecture> Chains { get; init; }

    /// <summary>Gets the L2 factor λ of the loss term λ·Σw² over convolution and dense kernels.</summary>
    /// <value>The default value is 0.0003.</value>
    public double KernelL2 { get; init; } = 0.0003;

    /// <summary>Gets the number of branches, one per image-shaped input.</summary>
    [JsonIgnore]
    public int BranchCount => Descriptor.ImageInputs.Count;

    /// <summary>Gets the number of scalar inputs joined to the flattened maps (1 with timestamps, else 0).</summary>
    [JsonIgnore]
    public int ScalarInputCount => Descriptor.HasTimestamps ? 1 : 0;

    /// <summary>
    /// Gets the smallest accepted side of the input, in pixels: 2 to the power of the number of chains (32 for five
    /// chains), so that every 2 × 2 pooling halves a real extent rather than a single pixel.
    /// </summary>
    [JsonIgnore]
    public int MinimumInputSide => Chains.Count is > 0 and < 16 ? 1 << Chains.Count : 1;
}
