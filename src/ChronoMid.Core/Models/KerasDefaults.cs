using TorchSharp;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>The layer defaults of the original Keras models, in PyTorch's conventions.</summary>
internal static class KerasDefaults
{
    /// <summary>Keras's batch-norm momentum 0.99 is PyTorch's 0.01 (the weight of the new batch statistic).</summary>
    public const double BatchNormMomentum = 0.01;

    /// <summary>Keras's batch-norm epsilon.</summary>
    public const double BatchNormEpsilon = 1e-3;

    /// <summary>
    /// The standard deviation of a standard normal truncated at ±2: Keras divides the wanted standard deviation
    /// by it before truncating, so the truncated draws end with exactly the wanted spread.
    /// </summary>
    public const double TruncatedNormalStd = 0.87962566103423978;

    /// <summary>
    /// Fills a kernel like Keras's <c>he_normal</c>: a normal with σ = √(2 / fan_in) / 0.8796…, truncated at
    /// ±2σ, so the kernel's actual standard deviation is √(2 / fan_in).
    /// </summary>
    public static void HeNormal(Tensor weight, Generator? generator)
    {
        var fanIn = weight.shape.Skip(1).Aggregate(1L, (product, size) => product * size);
        var std = Math.Sqrt(2.0 / fanIn) / TruncatedNormalStd;
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        // Redraw every value outside ±2 until none is left (about 4.6 % per round), like Keras; drawing through
        // the given generator keeps a seeded build reproducible.
        var draws = randn(weight.shape, generator: generator);
        for (var outside = draws.abs().gt(2); outside.any().item<bool>(); outside = draws.abs().gt(2))
        {
            draws = where(outside, randn(weight.shape, generator: generator), draws);
        }

        weight.copy_(draws.mul_(std));
    }

    /// <summary>Initialises a convolution or dense layer: He normal kernel, zero bias.</summary>
    public static void Initialise(nn.Module layer, Generator? generator)
    {
        var weight = layer.get_parameter("weight")!;
        HeNormal(weight, generator);
        if (layer.get_parameter("bias") is { } bias)
        {
            using var noGrad = no_grad();
            bias.zero_();
        }
    }

    /// <summary>Makes the batch norm for image-shaped maps along the given axis.</summary>
    public static nn.Module<Tensor, Tensor> BatchNorm(BatchNormAxis axis, long channels, long columns) =>
        axis == BatchNormAxis.Width
            ? new WidthBatchNorm(columns)
            : nn.BatchNorm2d(channels, BatchNormEpsilon, BatchNormMomentum);
}
