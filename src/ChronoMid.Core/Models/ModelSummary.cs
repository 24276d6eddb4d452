namespace ChronoMid.Models;

/// <summary>One line of the model catalogue: a named model's size and forward cost.</summary>
/// <param name="Name">The model's name, for example <c>xcnn-ts-abs</c>.</param>
/// <param name="Descriptor">The temporal descriptor in compact form, for example <c>image+abs+ts</c>.</param>
/// <param name="Total">The total parameter count, trainable plus non-trainable.</param>
/// <param name="Trainable">The trainable parameter count.</param>
/// <param name="NonTrainable">The non-trainable count (batch-norm moving means and variances).</param>
/// <param name="Gflops">The forward cost per image in GFLOP (multiply-adds × 2, convolution and dense layers).</param>
public sealed record ModelSummary(
    string Name, string Descriptor, long Total, long Trainable, long NonTrainable, double Gflops);
