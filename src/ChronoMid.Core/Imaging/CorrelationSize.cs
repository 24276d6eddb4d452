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
    /// outwards, so the result is no longer identical to scikit-image's: usually the same shift, but it can land
    /// one upsampling step (1 / factor of a pixel) away where two window points score nearly alike.
    /// </summary>
    PadToFastSize,
}
