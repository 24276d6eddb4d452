using System.Numerics;
using System.Runtime.InteropServices;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>Placing slices in the transform frame and forming the cross-power spectrum.</summary>
public sealed partial class PhaseCorrelation
{
    /// <summary>
    /// Returns the slice's own pixels when it fills the frame, else copies it into the top-left of
    /// <paramref name="buffer"/> with any padding taking the slice's minimum, and returns that.
    /// </summary>
    internal static float[] Place(ImageSlice slice, float[] buffer, Fft2D frame)
    {
        if (slice.Rows == frame.Rows && slice.Columns == frame.Columns)
        {
            return slice.PixelArray;
        }

        var pixels = slice.Pixels;
        var columns = slice.Columns;
        for (var r = 0; r < slice.Rows; r++)
        {
            var row = buffer.AsSpan(r * frame.Columns, frame.Columns);
            pixels.Slice(r * columns, columns).CopyTo(row);
            row[columns..].Fill(slice.Min);
        }

        buffer.AsSpan(slice.Rows * frame.Columns, (frame.Rows - slice.Rows) * frame.Columns).Fill(slice.Min);
        return buffer;
    }

    /// <summary>
    /// Returns Σ |X|² over the full spectrum of a real image from its half spectrum: every kept column but 0 and
    /// columns / 2 stands for itself and its mirror image, so counts twice. Summed in a fixed order.
    /// </summary>
    internal static double HalfPower(float[] re, float[] im, Fft2D frame)
    {
        int half = frame.HalfColumns;
        var evenColumns = frame.Columns % 2 == 0;
        double total = 0;
        for (var r = 0; r < frame.Rows; r++)
        {
            var a = re.AsSpan(r * half, half);
            var b = im.AsSpan(r * half, half);
            var sum = Vector<float>.Zero;
            var i = 0;
            for (; i <= half - Vector<float>.Count; i += Vector<float>.Count)
            {
                var x = new Vector<float>(a[i..]);
                var y = new Vector<float>(b[i..]);
                sum += (x * x) + (y * y);
            }

            double row = Vector.Sum(sum);
            for (; i < half; i++)
            {
                row += (a[i] * (double)a[i]) + (b[i] * (double)b[i]);
            }

            row = (2 * row) - ((a[0] * (double)a[0]) + (b[0] * (double)b[0]));
            if (evenColumns)
            {
                row -= (a[half - 1] * (double)a[half - 1]) + (b[half - 1] * (double)b[half - 1]);
            }

            total += row;
        }

        return total;
    }

    /// <summary>Expands a half spectrum into the full rows × columns spectrum, X[r, c] = conj X[−r, −c].</summary>
    internal static void ExpandHalf(float[] halfRe, float[] halfIm, Fft2D frame, float[] re, float[] im)
    {
        int rows = frame.Rows, columns = frame.Columns, half = frame.HalfColumns;
        for (var r = 0; r < rows; r++)
        {
            halfRe.AsSpan(r * half, half).CopyTo(re.AsSpan(r * columns));
            halfIm.AsSpan(r * half, half).CopyTo(im.AsSpan(r * columns));
            var mirror = ((rows - r) % rows) * half;
            for (var c = half; c < columns; c++)
            {
                re[(r * columns) + c] = halfRe[mirror + columns - c];
                im[(r * columns) + c] = -halfIm[mirror + columns - c];
            }
        }
    }

    /// <summary>(re, im) ← (re, im) · conj(otherRe, otherIm), element by element.</summary>
    private static void MultiplyConjugate(float[] re, float[] im, float[] otherRe, float[] otherIm, int count)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(re);
        ref var b = ref MemoryMarshal.GetArrayDataReference(im);
        ref var c = ref MemoryMarshal.GetArrayDataReference(otherRe);
        ref var d = ref MemoryMarshal.GetArrayDataReference(otherIm);
        var i = 0;
        for (; i <= count - Vector<float>.Count; i += Vector<float>.Count)
        {
            var x = Vector.LoadUnsafe(ref a, (nuint)i);
            var y = Vector.LoadUnsafe(ref b, (nuint)i);
            var u = Vector.LoadUnsafe(ref c, (nuint)i);
            var v = Vector.LoadUnsafe(ref d, (nuint)i);
            ((x * u) + (y * v)).StoreUnsafe(ref a, (nuint)i);
            ((y * u) - (x * v)).StoreUnsafe(ref b, (nuint)i);
        }

        for (; i < count; i++)
        {
            float x = re[i], y = im[i];
            re[i] = (x * otherRe[i]) + (y * otherIm[i]);
            im[i] = (y * otherRe[i]) - (x * otherIm[i]);
        }
    }

    /// <summary>
    /// Divides each element by its magnitude, floored at 100 · float32 epsilon as scikit-image does.
    /// </summary>
    private static void NormalizePhase(float[] re, float[] im, int count)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(re);
        ref var b = ref MemoryMarshal.GetArrayDataReference(im);
        var floor = new Vector<float>(PhaseFloor);
        var i = 0;
        for (; i <= count - Vector<float>.Count; i += Vector<float>.Count)
        {
            var x = Vector.LoadUnsafe(ref a, (nuint)i);
            var y = Vector.LoadUnsafe(ref b, (nuint)i);
            var magnitude = Vector.Max(Vector.SquareRoot((x * x) + (y * y)), floor);
            (x / magnitude).StoreUnsafe(ref a, (nuint)i);
            (y / magnitude).StoreUnsafe(ref b, (nuint)i);
        }

        for (; i < count; i++)
        {
            var magnitude = Math.Max(MathF.Sqrt((re[i] * re[i]) + (im[i] * im[i])), PhaseFloor);
            re[i] /= magnitude;
            im[i] /= magnitude;
        }
    }
}
