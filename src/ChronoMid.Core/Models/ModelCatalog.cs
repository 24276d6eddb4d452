using ChronoMid.Temporal;

namespace ChronoMid.Models;

/// <summary>
/// The named models: the paper's six (<c>cnn</c>, <c>cnn-ts</c>, <c>xcnn-abs</c>, <c>xcnn-rel</c>,
/// <c>xcnn-ts-abs</c>, <c>xcnn-ts-rel</c>) first, then the extras: three-branch X-CNNs on the image and both
/// difference maps (<c>xcnn-abs-rel</c>, <c>xcnn-ts-abs-rel</c>) and single-branch CNNs on a difference map
/// without its image (<c>diff-abs</c>, <c>diff-rel</c>).
/// </summary>
public static class ModelCatalog
{
    private static readonly (string Name, TemporalDescriptor Descriptor)[] Models =
    [
        ("cnn", TemporalDescriptor.Image()),
        ("cnn-ts", TemporalDescriptor.Image().WithTimestamps()),
        ("xcnn-abs", TemporalDescriptor.AbsoluteDifference()),
        ("xcnn-rel", TemporalDescriptor.RelativeDifference()),
        ("xcnn-ts-abs", TemporalDescriptor.AbsoluteDifference().WithTimestamps()),
        ("xcnn-ts-rel", TemporalDescriptor.RelativeDifference().WithTimestamps()),
        ("xcnn-abs-rel", TemporalDescriptor.AbsoluteDifference().WithRelativeDifference()),
        ("xcnn-ts-abs-rel", TemporalDescriptor.AbsoluteDifference().WithRelativeDifference().WithTimestamps()),
        ("diff-abs", TemporalDescriptor.DifferenceOnly(TemporalInput.AbsoluteDifference)),
        ("diff-rel", TemporalDescriptor.DifferenceOnly(TemporalInput.RelativeDifference)),
    ];

    /// <summary>Gets the number of the paper's models, which come first in <see cref="Names"/>.</summary>
    public const int PaperModelCount = 6;

    /// <summary>Gets every model name, the paper's six first.</summary>
    public static IReadOnlyList<string> Names { get; } = Models.Select(model => model.Name).ToArray();

    /// <summary>Gets the temporal descriptor of a named model.</summary>
    /// <param name="name">The model name (case-insensitive).</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public static TemporalDescriptor Descriptor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var model in Models)
        {
            if (model.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return model.Descriptor;
            }
        }

        throw new ArgumentException(
            $"Unknown model '{name}'; expected one of {string.Join(", ", Names)}.", nameof(name));
    }

    /// <summary>Starts building a named model.</summary>
    /// <param name="name">The model name (case-insensitive).</param>
    /// <returns>A builder for the model's descriptor.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static NetworkBuilder Builder(string name) => ChronoMidNetwork.For(Descriptor(name));

    /// <summary>Summarises every named model at one input size, from the architectures alone (no tensors).</summary>
    /// <param name="rows">The input height, in pixels.</param>
    /// <param name="columns">The input width, in pixels.</param>
    /// <param name="classes">The number of classes.</param>
    /// <param name="variant">The variant.</param>
    /// <returns>One summary per model, the paper's six first.</returns>
    /// <exception cref="InvalidArchitectureException">The size or classes are invalid; all problems listed.</exception>
    public static IReadOnlyList<ModelSummary> Summarise(int rows = 501, int columns = 763, int classes = 2,
        ModelVariant variant = ModelVariant.Faithful) =>
        Models.Select(model =>
        {
            var architecture = ChronoMidNetwork.For(model.Descriptor)
                .Input(rows, columns).Classes(classes).Variant(variant).BuildArchitecture();
            var count = architecture.CountParameters();
            return new ModelSummary(model.Name, model.Descriptor.ToString(), count.Total, count.Trainable,
                count.NonTrainable, architecture.ForwardGflops());
        }).ToArray();
}
