using System.Numerics;
using ChronoMid.Imaging;

namespace ChronoMid.Temporal;

/// <summary>
/// The difference map of the paper: the comparison image minus the reference image aligned onto it, pixel by
/// pixel (float32); uniform, equal to the comparison image's minimum, where there is no reference.
/// </summary>
public static class DifferenceMap
{
    /// <summary>Computes comparison − aligned reference.</summary>
    /// <param name="comparison">The comparison image (the later timepoint).</param>
    /// <param name="alignedReference">The reference image already translated onto the comparison image.</param>
    /// <returns>The difference map, of the same size.</returns>
    /// <exception cref="ArgumentNullException">An image is null.</exception>
    /// <exception cref="ArgumentException">The images differ in size.</exception>
    public static ImageSlice Compute(ImageSlice comparison, ImageSlice alignedReference)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(alignedReference);
        if (comparison.Size != alignedReference.Size)
        {
            throw new ArgumentException(
                $"The aligned reference image is {alignedReference.Size} pixels but the comparison image is "
                + $"{comparison.Size}; both must lie on one canvas.", nameof(alignedReference));
        }

        var a = comparison.Pixels;
        var b = alignedReference.Pixels;
        var difference = GC.AllocateUninitializedArray<float>(a.Length);
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            (new Vector<float>(a[i..]) - new Vector<float>(b[i..])).CopyTo(difference, i);
        }

        for (; i < a.Length; i++)
        {
            difference[i] = a[i] - b[i];
        }

        return ImageSlice.TakeOwnership(comparison.Rows, comparison.Columns, difference);
    }

    /// <summary>
    /// Returns the map for a timepoint with no reference (a subject's first): every pixel equals the comparison
    /// image's minimum, which marks the lack of preceding data in the same way as the canvas surround.
    /// </summary>
    /// <param name="comparison">The comparison image.</param>
    /// <returns>A uniform map of the comparison image's size.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static ImageSlice Uniform(ImageSlice comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return ImageSlice.Uniform(comparison.Size, comparison.Min);
    }
}
