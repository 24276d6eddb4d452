using ChronoMid.Studies;

namespace ChronoMid.Data;

/// <summary>Entry point of the fluent preprocessing API: <c>Preprocessing.For(study)…Build()</c>.</summary>
public static class Preprocessing
{
    /// <summary>Starts describing how to preprocess a study.</summary>
    /// <param name="study">The discovered study.</param>
    /// <returns>
    /// A builder with the paper's defaults: the largest slice's canvas, upsample factor 10, image only.
    /// </returns>
    public static PreprocessingBuilder For(LongitudinalStudy study)
    {
        ArgumentNullException.ThrowIfNull(study);
        return new PreprocessingBuilder(study);
    }
}
