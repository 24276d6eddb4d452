namespace ChronoMid.Models;

/// <summary>
/// The axis of an image-shaped batch norm: what one (γ, β, moving mean, moving variance) set covers.
/// </summary>
public enum BatchNormAxis
{
    /// <summary>One set per channel, statistics over batch, rows and columns: the usual batch norm.</summary>
    Channel,

    /// <summary>
    /// One set per column (width index), statistics over batch, channels and rows. This is what a Keras model laid
    /// out channels-first gets from a default-axis batch norm, and what the paper's baseline CNN used.
    /// </summary>
    Width,
}
