namespace ChronoMid.Cli.Figures;

/// <summary>One cached sample's comparison image and difference map, ready to draw.</summary>
/// <param name="Subject">The subject identifier.</param>
/// <param name="Week">The comparison image's week since the start of the study.</param>
/// <param name="ReferenceWeek">The reference image's week; <see langword="null"/> at the first timepoint.</param>
/// <param name="Channel">The difference channel's name, <c>abs</c> or <c>rel</c>.</param>
/// <param name="Rows">The canvas height in pixels.</param>
/// <param name="Columns">The canvas width in pixels.</param>
/// <param name="Comparison">The comparison image, row-major, in modality units (e.g. Hounsfield units).</param>
/// <param name="Difference">The difference map (comparison − aligned reference), row-major.</param>
internal sealed record SampleImages(string Subject, int Week, int? ReferenceWeek, string Channel, int Rows,
    int Columns, float[] Comparison, float[] Difference)
{
    /// <summary>Recovers the aligned reference image: comparison − difference map.</summary>
    /// <returns>The aligned reference, row-major.</returns>
    public float[] AlignedReference()
    {
        var reference = new float[Comparison.Length];
        for (var i = 0; i < reference.Length; i++)
        {
            reference[i] = Comparison[i] - Difference[i];
        }

        return reference;
    }
}
