namespace ChronoMid.Synthetic;

/// <summary>
/// Densities of the tissues the phantom draws, in mg HA/cm³. Bone densities are per subject
/// (<see cref="SubjectAnatomy"/>); these are the rest.
/// </summary>
public static class TissueDensity
{
    /// <summary>Air around the leg, in mg HA/cm³.</summary>
    public const float Background = 0;

    /// <summary>Muscle and skin of the leg, in mg HA/cm³.</summary>
    public const float SoftTissue = 40;

    /// <summary>Marrow inside the bone, in mg HA/cm³.</summary>
    public const float Marrow = 70;

    /// <summary>The fibula's density as a fraction of the subject's cortical density.</summary>
    public const float FibulaFraction = 0.97f;
}
