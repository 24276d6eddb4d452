namespace ChronoMid.Models;

/// <summary>Which family of defaults a network is built with.</summary>
public enum ModelVariant
{
    /// <summary>
    /// Reproduces the paper's models exactly, slips included: the single-branch CNN normalises over the width axis,
    /// and X-CNNs have no cross-connection after the last chain.
    /// </summary>
    Faithful,

    /// <summary>
    /// Per-channel batch norm everywhere; cross-connections after every chain but the last unless
    /// <see cref="NetworkBuilder.CrossConnectAfterEveryChain"/> asks for them after the last one too.
    /// </summary>
    Standard,
}
