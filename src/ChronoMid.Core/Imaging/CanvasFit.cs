namespace ChronoMid.Imaging;

/// <summary>How a slice is fitted to a canvas of a given size.</summary>
public enum CanvasFit
{
    /// <summary>Pad only: a slice larger than the canvas in either direction is an error.</summary>
    PadOnly,

    /// <summary>Resample by one factor for both directions so that the slice just fits, then pad the rest.</summary>
    ScaleKeepingAspectRatio,

    /// <summary>Resample each direction separately to exactly the canvas size; nothing is padded.</summary>
    Stretch,
}
