namespace ChronoMid.Imaging;

/// <summary>How the cross-power spectrum is normalised before its peak is sought.</summary>
public enum CrossPowerNormalization
{
    /// <summary>
    /// Phase correlation: each frequency of the cross-power spectrum is divided by its magnitude (at least
    /// 100 · float32 machine epsilon, as scikit-image does), so every frequency votes equally and the peak is
    /// sharp.
    /// </summary>
    Phase,

    /// <summary>
    /// Plain cross-correlation: the cross-power spectrum is used as it is; steadier under heavy noise.
    /// </summary>
    None,
}
