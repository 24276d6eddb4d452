namespace ChronoMid.Imaging;

/// <summary>The size at which two slices are correlated (and at which a Fourier translation works).</summary>
public enum CorrelationSize
{
    /// <summary>
    /// The slices' own size, as scikit-image does; lengths with large prime factors use Bluestein's algorithm.
    /// </summary>
    Exact,

    /// <summary>
    /// Each side grown to the next length of the form 2^a · 3^b · 5^c (501 × 763 becomes 512 × 768), the new
    /// pixels (bottom and right) filled with each slice's own minimum. Faster; the periodic boundary moves
    /// outwards, which shifts the recovered translation by hundredths of a pixel at most on background-filled
    /// canvases, but the result is no longer identical to scikit-image's.
    /// </summary>
    PadToFastSize,
}
