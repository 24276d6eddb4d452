using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>
/// A reference image with its forward Fourier transform cached, made by <see cref="PhaseCorrelation.Prepare"/>,
/// so that one reference (for example a subject's first week) can be registered against many comparison images
/// and translated without transforming it again. Immutable and safe to share between threads.
/// </summary>
public sealed class PreparedReference
{
    internal PreparedReference(ImageSlice image, Fft2D fft, float[] spectrumRe, float[] spectrumIm, double power)
    {
        Image = image;
        Fft = fft;
        SpectrumRe = spectrumRe;
        SpectrumIm = spectrumIm;
        Power = power;
    }

    /// <summary>Gets the reference image.</summary>
    public ImageSlice Image { get; }

    /// <summary>Gets the size at which the reference was transformed (larger than the image when padded).</summary>
    public SliceSize CorrelationSize => new(Fft.Rows, Fft.Columns);

    internal Fft2D Fft { get; }

    /// <summary>Gets the real parts of the half spectrum (rows × (columns / 2 + 1) of the correlation size).</summary>
    internal float[] SpectrumRe { get; }

    internal float[] SpectrumIm { get; }

    /// <summary>Gets the sum of the squared magnitudes of the spectrum (Parseval: pixel count · Σ x²).</summary>
    internal double Power { get; }
}
