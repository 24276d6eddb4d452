namespace ChronoMid.Synthetic;

/// <summary>
/// Rates of change of the two bone quantities the phantom models, as fractions of the subject's baseline per week
/// (0.04 means 4 % of baseline a week, accumulating linearly).
/// </summary>
public sealed class BoneChangeRates
{
    /// <summary>Gets or sets the change of trabecular bone volume fraction (BV/TV) per week, as a fraction.</summary>
    /// <value>The default value is 0.</value>
    public double TrabecularBoneVolumePerWeek { get; set; }

    /// <summary>Gets or sets the change of cortical thickness (Ct.Th) per week, as a fraction.</summary>
    /// <value>The default value is 0.</value>
    public double CorticalThicknessPerWeek { get; set; }

    /// <summary>Gets the default ageing rates of female C57BL/6 mice aged 14–22 weeks (see docs/phantom.md).</summary>
    /// <returns>BV/TV −1 % a week, Ct.Th +0.5 % a week.</returns>
    public static BoneChangeRates Ageing() =>
        new() { TrabecularBoneVolumePerWeek = -0.01, CorticalThicknessPerWeek = 0.005 };

    /// <summary>
    /// Gets the default added effect of intermittent PTH(1-34) per week of treatment (see docs/phantom.md).
    /// </summary>
    /// <returns>BV/TV +13 % a week, Ct.Th +4 % a week.</returns>
    public static BoneChangeRates Pth() =>
        new() { TrabecularBoneVolumePerWeek = 0.13, CorticalThicknessPerWeek = 0.04 };

    internal BoneChangeRates Copy() => new()
    {
        TrabecularBoneVolumePerWeek = TrabecularBoneVolumePerWeek,
        CorticalThicknessPerWeek = CorticalThicknessPerWeek,
    };
}
