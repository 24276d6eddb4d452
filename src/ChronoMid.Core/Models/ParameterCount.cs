namespace ChronoMid.Models;

/// <summary>
/// A network's parameter count as Keras reports it: trainable weights and biases, plus every batch norm's moving
/// mean and variance as non-trainable. PyTorch's <c>num_batches_tracked</c> counters are not counted.
/// </summary>
/// <param name="Trainable">The number of trainable scalars (kernels, biases, batch-norm γ and β).</param>
/// <param name="NonTrainable">The number of batch-norm moving means and variances.</param>
public readonly record struct ParameterCount(long Trainable, long NonTrainable)
{
    /// <summary>Gets the total, trainable plus non-trainable.</summary>
    public long Total => Trainable + NonTrainable;
}
