using System.Buffers;
using System.Collections.Concurrent;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>
/// Registers a reference image onto a comparison image by phase correlation with sub-pixel refinement
/// (Guizar-Sicairos, Thurman and Fienup, 2008), computing what scikit-image's
/// <c>phase_cross_correlation(comparison, reference, upsample_factor=…)</c> computes.
/// </summary>
/// <remarks>
/// <para>Deterministic: yes (for a given thread count the arithmetic order is fixed). Cached: FFT plans per size,
/// in this instance; a <see cref="PreparedReference"/> caches a reference's transform. Input: two slices of equal
/// size. Output: a <see cref="RegistrationResult"/>. An instance is immutable and safe to share between threads.
/// </para>
/// <para>The whole-pixel peak of the inverse-transformed cross-power spectrum is refined by a matrix-multiply
/// DFT over a 1.5-pixel window around it, upsampled by <see cref="PhaseCorrelationOptions.UpsampleFactor"/>.
/// Arithmetic is float32 (as scikit-image's on float32 images), accumulated in double where sums are long.</para>
/// </remarks>
public sealed partial class PhaseCorrelation
{
    private const float PhaseFloor = 100 * 1.1920929e-7f;
    private readonly ConcurrentDictionary<SliceSize, Fft2D> _transforms = new();
    private readonly int _upsampleFactor;
    private readonly CrossPowerNormalization _normalization;
    private readonly CorrelationSize _size;
    private readonly int _threads;

    /// <summary>Creates a registration with the given settings.</summary>
    /// <param name="options">The settings; null for the defaults. Copied: later changes do not apply.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The upsample factor or the degree of parallelism is less than 1, or an enumeration value is undefined.
    /// </exception>
    public PhaseCorrelation(PhaseCorrelationOptions? options = null)
    {
        options ??= new PhaseCorrelationOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.UpsampleFactor, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        if (!Enum.IsDefined(options.Normalization) || !Enum.IsDefined(options.Size))
        {
            throw new ArgumentOutOfRangeException(nameof(options),
                $"Normalization {options.Normalization} or Size {options.Size} is not a defined value.");
        }

        _upsampleFactor = options.UpsampleFactor;
        _normalization = options.Normalization;
        _size = options.Size;
        _threads = options.MaxDegreeOfParallelism;
    }

    /// <summary>Gets the upsampling factor: shifts are found to 1 / factor of a pixel.</summary>
    public int UpsampleFactor => _upsampleFactor;

    /// <summary>Gets how the cross-power spectrum is normalised.</summary>
    public CrossPowerNormalization Normalization => _normalization;

    /// <summary>Gets the size at which slices are correlated.</summary>
    public CorrelationSize Size => _size;

    /// <summary>Finds the shift that moves <paramref name="reference"/> onto <paramref name="comparison"/>.</summary>
    /// <param name="comparison">The comparison image (the later timepoint), which stays where it is.</param>
    /// <param name="reference">The reference image (the earlier timepoint), which is to be moved.</param>
    /// <returns>The shift (rows, then columns, in pixels), error and phase difference.</returns>
    /// <exception cref="ArgumentNullException">An image is null.</exception>
    /// <exception cref="ArgumentException">The two images differ in size.</exception>
    public RegistrationResult Register(ImageSlice comparison, ImageSlice reference)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(reference);
        RequireSameSize(comparison, reference.Size, nameof(reference));
        var fft = TransformFor(comparison.Size);
        var pool = ArrayPool<float>.Shared;
        var image = pool.Rent(fft.PixelCount);
        var re = pool.Rent(fft.HalfCount);
        var im = pool.Rent(fft.HalfCount);
        var referenceRe = pool.Rent(fft.HalfCount);
        var referenceIm = pool.Rent(fft.HalfCount);
        try
        {
            fft.ForwardReal(Place(reference, image, fft), referenceRe, referenceIm);
            fft.ForwardReal(Place(comparison, image, fft), re, im);
            var comparisonPower = HalfPower(re, im, fft);
            var referencePower = HalfPower(referenceRe, referenceIm, fft);
            MultiplyConjugate(re, im, referenceRe, referenceIm, fft.HalfCount);
            return Locate(re, im, fft, comparisonPower, referencePower);
        }
        finally
        {
            pool.Return(image);
            pool.Return(re);
            pool.Return(im);
            pool.Return(referenceRe);
            pool.Return(referenceIm);
        }
    }

    /// <summary>Transforms a reference image once, for registering many comparison images against it.</summary>
    /// <param name="reference">The reference image.</param>
    /// <returns>The prepared reference; it may be used with any <see cref="PhaseCorrelation"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    public PreparedReference Prepare(ImageSlice reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var fft = TransformFor(reference.Size);
        var re = new float[fft.HalfCount];
        var im = new float[fft.HalfCount];
        var image = ArrayPool<float>.Shared.Rent(fft.PixelCount);
        try
        {
            fft.ForwardReal(Place(reference, image, fft), re, im);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(image);
        }

        return new PreparedReference(reference, fft, re, im, HalfPower(re, im, fft));
    }

    /// <summary>Finds the shift that translates a prepared reference onto <paramref name="comparison"/>.</summary>
    /// <param name="comparison">The comparison image (the later timepoint).</param>
    /// <param name="reference">The prepared reference image (the earlier timepoint).</param>
    /// <returns>The shift (rows, then columns, in pixels), error and phase difference.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The comparison image and the reference differ in size.</exception>
    public RegistrationResult Register(ImageSlice comparison, PreparedReference reference)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(reference);
        RequireSameSize(comparison, reference.Image.Size, nameof(reference));
        var fft = reference.Fft;
        var pool = ArrayPool<float>.Shared;
        var image = pool.Rent(fft.PixelCount);
        var re = pool.Rent(fft.HalfCount);
        var im = pool.Rent(fft.HalfCount);
        try
        {
            fft.ForwardReal(Place(comparison, image, fft), re, im);
            var comparisonPower = HalfPower(re, im, fft);
            MultiplyConjugate(re, im, reference.SpectrumRe, reference.SpectrumIm, fft.HalfCount);
            return Locate(re, im, fft, comparisonPower, reference.Power);
        }
        finally
        {
            pool.Return(image);
            pool.Return(re);
            pool.Return(im);
        }
    }

    private static void RequireSameSize(ImageSlice comparison, SliceSize referenceSize, string paramName)
    {
        if (comparison.Size != referenceSize)
        {
            throw new ArgumentException(
                $"The reference image is {referenceSize} pixels but the comparison image is {comparison.Size}; "
                + "expand both onto one canvas first.", paramName);
        }
    }

    private Fft2D TransformFor(SliceSize size)
    {
        var frame = _size == CorrelationSize.Exact
            ? size
            : new SliceSize(FftPlan.FastLength(size.Rows), FftPlan.FastLength(size.Columns));
        return _transforms.GetOrAdd(frame, f => new Fft2D(f.Rows, f.Columns, _threads));
    }
}
