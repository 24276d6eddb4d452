using ChronoMid.Randomness;

namespace ChronoMid.Synthetic;

/// <summary>
/// One phantom subject's own anatomy, drawn once from the study seed and the subject's index: bone length and
/// size, cortical thickness and density, trabecular density and amount, outline orientation, and how strongly
/// the subject would respond to PTH. Relative factors multiply the baseline profiles described in docs/phantom.md.
/// </summary>
public sealed class SubjectAnatomy
{
    private SubjectAnatomy()
    {
    }

    /// <summary>Gets the distance between the growth plates, in millimetres (13 mm, standard deviation 2 %).</summary>
    public double BoneLengthMm { get; private init; }

    /// <summary>Gets the factor on the periosteal radius (1, standard deviation 5 %).</summary>
    public double SizeFactor { get; private init; }

    /// <summary>Gets the factor on the baseline cortical thickness (1, standard deviation 8 %).</summary>
    public double CorticalThicknessFactor { get; private init; }

    /// <summary>
    /// Gets the cortical tissue mineral density, in mg HA/cm³ (1 150, standard deviation 35, within 1 050–1 250).
    /// </summary>
    public double CorticalDensity { get; private init; }

    /// <summary>
    /// Gets the trabecular tissue mineral density, in mg HA/cm³ (720, standard deviation 50, within 550–880).
    /// </summary>
    public double TrabecularDensity { get; private init; }

    /// <summary>Gets the factor on the baseline trabecular bone volume fraction (1, standard deviation 15 %).</summary>
    public double TrabecularFactor { get; private init; }

    /// <summary>Gets the factor on the triangularity of the proximal outline (1, standard deviation 15 %).</summary>
    public double TriangularityFactor { get; private init; }

    /// <summary>Gets the rotation of the outline's lobes, in radians (within about ±0.15).</summary>
    public double OutlineAngleRadians { get; private init; }

    /// <summary>Gets the direction of the fibula from the tibia's centre, in radians (image x axis is 0).</summary>
    public double FibulaAngleRadians { get; private init; }

    /// <summary>
    /// Gets the factor on the PTH effect for this subject (1, standard deviation
    /// <see cref="PhantomOptions.TreatmentResponseVariation"/>, at least 0.1); drawn for every subject, used only
    /// for the PTH group.
    /// </summary>
    public double TreatmentResponse { get; private init; }

    /// <summary>Gets the seed of this subject's trabecular lattice, shared by all of its scans.</summary>
    internal ulong TrabecularSeed { get; private init; }

    internal static SubjectAnatomy Draw(ulong subjectSeed, double responseVariation)
    {
        // Draw order is part of the output's definition: append new draws at the end only.
        var rng = new SplitMix64(subjectSeed);
        return new SubjectAnatomy
        {
            BoneLengthMm = PhantomScale.ReferenceLengthMm * (1 + (0.02 * rng.NextGaussian())),
            SizeFactor = 1 + (0.05 * rng.NextGaussian()),
            CorticalThicknessFactor = 1 + (0.08 * rng.NextGaussian()),
            CorticalDensity = Math.Clamp(1150 + (35 * rng.NextGaussian()), 1050, 1250),
            TrabecularDensity = Math.Clamp(720 + (50 * rng.NextGaussian()), 550, 880),
            TrabecularFactor = 1 + (0.15 * rng.NextGaussian()),
            TriangularityFactor = 1 + (0.15 * rng.NextGaussian()),
            OutlineAngleRadians = 0.15 * rng.NextSigned(),
            FibulaAngleRadians = 0.9 + (0.15 * rng.NextSigned()),
            TreatmentResponse = Math.Max(0.1, 1 + (responseVariation * rng.NextGaussian())),
            TrabecularSeed = PhantomHash.Combine(subjectSeed, PhantomHash.TrabecularDomain),
        };
    }
}
