namespace ChronoMid.Imaging;

/// <summary>How a slice is translated by a sub-pixel shift.</summary>
public enum TranslationMethod
{
    /// <summary>
    /// Bilinear interpolation, pixels brought in from outside the slice taken as the slice's minimum (as
    /// <c>scipy.ndimage.shift(order=1, mode='grid-constant', cval=min)</c>).
    /// </summary>
    Bilinear,

    /// <summary>
    /// A phase ramp in the frequency domain (as <c>scipy.ndimage.fourier_shift</c> followed by the real part of
    /// the inverse transform): exact for band-limited images, but periodic, so what leaves one edge re-enters at
    /// the opposite edge, and sharp edges ring slightly.
    /// </summary>
    FourierShift,
}
