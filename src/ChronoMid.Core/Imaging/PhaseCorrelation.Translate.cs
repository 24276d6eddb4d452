using System.Buffers;

namespace ChronoMid.Imaging;

/// <summary>Translating a prepared reference, reusing its cached transform for the Fourier method.</summary>
public sealed partial class PhaseCorrelation
{
    /// <summary>Translates a prepared reference by a registration's shift, onto the comparison image.</summary>
    /// <param name="reference">The prepared reference image.</param>
    /// <param name="shift">The registration result whose row and column shifts to apply, in pixels.</param>
    /// <param name="method">How to interpolate; Fourier reuses the cached transform (one inverse FFT).</param>
    /// <returns>The aligned reference image, of the reference's size.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A shift is not finite, or the method is undefined.</exception>
    /// <remarks>
    /// With <see cref="CorrelationSize.PadToFastSize"/> the Fourier method wraps at the padded size, so pixels
    /// leaving one edge come back through the minimum-filled padding rather than directly at the opposite edge.
    /// </remarks>
    public static ImageSlice TranslateReference(
        PreparedReference reference, RegistrationResult shift, TranslationMethod method = TranslationMethod.Bilinear)
    {
        ArgumentNullException.ThrowIfNull(reference);
        SliceTranslation.RequireFinite(shift.RowShift, nameof(shift));
        SliceTranslation.RequireFinite(shift.ColumnShift, nameof(shift));
        if (method != TranslationMethod.FourierShift)
        {
            return SliceTranslation.Translate(reference.Image, shift.RowShift, shift.ColumnShift, method);
        }

        var frame = reference.Fft;
        var n = frame.PixelCount;
        var pool = ArrayPool<float>.Shared;
        var re = pool.Rent(n);
        var im = pool.Rent(n);
        try
        {
            ExpandHalf(reference.SpectrumRe, reference.SpectrumIm, frame, re, im);
            return SliceTranslation.FourierShift(
                re, im, frame, reference.Image.Size, shift.RowShift, shift.ColumnShift);
        }
        finally
        {
            pool.Return(re);
            pool.Return(im);
        }
    }
}
