using System.Collections.ObjectModel;

namespace ChronoMid.Temporal;

/// <summary>
/// Describes how time reaches a model: which image-shaped inputs each sample carries (the image, difference
/// maps) and whether the timestamp (whole weeks since the study began) joins them.
/// </summary>
/// <remarks>
/// A descriptor is immutable; every <c>With…</c> method returns a new one. Image inputs keep the order in which
/// they were added, and each appears at most once. The paper's descriptors are <see cref="Image"/>,
/// <c>Image().WithTimestamps()</c>, <see cref="AbsoluteDifference"/>, <see cref="RelativeDifference"/> and
/// those two with timestamps.
/// </remarks>
public sealed class TemporalDescriptor : IEquatable<TemporalDescriptor>
{
    private static readonly Dictionary<string, TemporalInput> TokenToInput = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image"] = TemporalInput.Image,
        ["abs"] = TemporalInput.AbsoluteDifference,
        ["rel"] = TemporalInput.RelativeDifference,
    };

    private TemporalDescriptor(IReadOnlyList<TemporalInput> imageInputs, bool hasTimestamps)
    {
        ImageInputs = new ReadOnlyCollection<TemporalInput>(imageInputs.ToArray());
        HasTimestamps = hasTimestamps;
    }

    /// <summary>Gets the image-shaped inputs, in order; never empty, no input twice.</summary>
    public IReadOnlyList<TemporalInput> ImageInputs { get; }

    /// <summary>
    /// Gets a value indicating whether the timestamp (integer weeks since the study began) is an input.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool HasTimestamps { get; }

    /// <summary>Gets a value indicating whether the comparison image itself is an input.</summary>
    public bool HasImage => ImageInputs.Contains(TemporalInput.Image);

    /// <summary>Gets a value indicating whether any difference map is an input.</summary>
    public bool HasDifference => ImageInputs.Any(input => input != TemporalInput.Image);

    /// <summary>Creates a descriptor with the comparison image alone (the paper's CNN).</summary>
    /// <returns>A descriptor whose only input is <see cref="TemporalInput.Image"/>.</returns>
    public static TemporalDescriptor Image() => new([TemporalInput.Image], hasTimestamps: false);

    /// <summary>Creates a descriptor with the image and its absolute difference map (the paper's X-CNN).</summary>
    /// <returns>A descriptor with inputs image, absolute difference.</returns>
    public static TemporalDescriptor AbsoluteDifference() => Image().WithAbsoluteDifference();

    /// <summary>Creates a descriptor with the image and its relative difference map (the paper's X-CNN).</summary>
    /// <returns>A descriptor with inputs image, relative difference.</returns>
    public static TemporalDescriptor RelativeDifference() => Image().WithRelativeDifference();

    /// <summary>Creates a descriptor with one difference map and no image.</summary>
    /// <param name="difference">The difference map to use.</param>
    /// <returns>A descriptor whose only input is <paramref name="difference"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="difference"/> is not a difference map.</exception>
    public static TemporalDescriptor DifferenceOnly(TemporalInput difference)
    {
        if (difference is not (TemporalInput.AbsoluteDifference or TemporalInput.RelativeDifference))
        {
            throw new ArgumentOutOfRangeException(nameof(difference), difference,
                "Expected AbsoluteDifference or RelativeDifference.");
        }

        return new TemporalDescriptor([difference], hasTimestamps: false);
    }

    /// <summary>Returns this descriptor with the absolute difference map added (no change if present).</summary>
    /// <returns>The extended descriptor.</returns>
    public TemporalDescriptor WithAbsoluteDifference() => With(TemporalInput.AbsoluteDifference);

    /// <summary>Returns this descriptor with the relative difference map added (no change if present).</summary>
    /// <returns>The extended descriptor.</returns>
    public TemporalDescriptor WithRelativeDifference() => With(TemporalInput.RelativeDifference);

    /// <summary>Returns this descriptor with the timestamp added as a scalar input.</summary>
    /// <returns>The extended descriptor.</returns>
    public TemporalDescriptor WithTimestamps() => new(ImageInputs, hasTimestamps: true);

    /// <summary>
    /// Parses the compact form written by <see cref="ToString"/>: inputs joined by <c>+</c>, from
    /// <c>image</c>, <c>abs</c>, <c>rel</c> and <c>ts</c> (for example <c>image+abs+ts</c>).
    /// </summary>
    /// <param name="text">The text to parse; case-insensitive.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="FormatException">
    /// The text names an unknown input, repeats one or has no image input.
    /// </exception>
    public static TemporalDescriptor Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var inputs = new List<TemporalInput>();
        var timestamps = false;
        foreach (var token in text.Split('+', StringSplitOptions.TrimEntries))
        {
            if (token.Equals("ts", StringComparison.OrdinalIgnoreCase) && !timestamps)
            {
                timestamps = true;
            }
            else if (TokenToInput.TryGetValue(token, out var input) && !inputs.Contains(input))
            {
                inputs.Add(input);
            }
            else
            {
                throw new FormatException(
                    $"Temporal descriptor '{text}': '{token}' is unknown or repeated; expected inputs joined by "
                    + "'+' from image, abs, rel and ts, for example 'image+abs+ts'.");
            }
        }

        if (inputs.Count == 0)
        {
            throw new FormatException(
                $"Temporal descriptor '{text}' has no image input; expected at least one of image, abs or rel.");
        }

        return new TemporalDescriptor(inputs, timestamps);
    }

    /// <summary>Returns the compact form, for example <c>image+abs+ts</c>, that <see cref="Parse"/> reads.</summary>
    /// <returns>The compact form.</returns>
    public override string ToString()
    {
        var tokens = ImageInputs.Select(input => input switch
        {
            TemporalInput.Image => "image",
            TemporalInput.AbsoluteDifference => "abs",
            _ => "rel",
        });
        return string.Join('+', HasTimestamps ? tokens.Append("ts") : tokens);
    }

    /// <inheritdoc/>
    public bool Equals(TemporalDescriptor? other) =>
        other is not null && HasTimestamps == other.HasTimestamps && ImageInputs.SequenceEqual(other.ImageInputs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TemporalDescriptor);

    /// <inheritdoc/>
    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    private TemporalDescriptor With(TemporalInput input) =>
        ImageInputs.Contains(input) ? this : new TemporalDescriptor([.. ImageInputs, input], HasTimestamps);
}
