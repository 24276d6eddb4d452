using System.Numerics;
using System.Runtime.InteropServices;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>Placing slices in the transform frame and forming the cross-power spectrum.</summary>
public sealed partial class PhaseCorrelation
{
    /// <summary>Copies a slice into the top-left of the frame; any padding takes the slice's minimum.</summary>
    internal static void Place(ImageSlice slice, float[] destination, Fft2D frame)
    {
        var pixels = slice.Pixels;
        var columns = slice.Columns;
        for (var r = 0; r < slice.Rows; r++)
        {
            var row = destination.AsSpan(r * frame.Columns, frame.Columns);
            pixels.Slice(r * columns, columns).CopyTo(row);
            row[columns..].Fill(slice.Min);
        }

        destination.AsSpan(slice.Rows * frame.Columns, (frame.Rows - slice.Rows) * frame.Columns).Fill(slice.Min);
    }

    /// <summary>
    /// Turns Z = DFT(comparison + i·reference) into the cross-power spectrum C · conj(R) in place, where
    /// C[k] = (Z[k] + conj Z[−k]) / 2 and R[k] = (Z[k] − conj Z[−k]) / 2i; returns Σ|C|² and Σ|R|².
    /// </summary>
    private (double Comparison, double Reference) SplitToCrossPower(float[] re, float[] im, Fft2D frame)
    {
        int rows = frame.Rows, columns = frame.Columns;
        var comparisonPower = new double[rows];
        var referencePower = new double[rows];
        void Row(int r)
        {
            var r2 = (rows - r) % rows;
            double pc = 0, pr = 0;
            for (var c = 0; c < columns; c++)
            {
                var c2 = (columns - c) % columns;
                if (r2 == r && c2 < c)
                {
                    continue;
                }

                int i1 = (r * columns) + c, i2 = (r2 * columns) + c2;
                float z1r = re[i1], z1i = im[i1], z2r = re[i2], z2i = im[i2];
                var cr = 0.5f * (z1r + z2r);
                var ci = 0.5f * (z1i - z2i);
                var rr = 0.5f * (z1i + z2i);
                var ri = -0.5f * (z1r - z2r);
                var productRe = (cr * rr) + (ci * ri);
                var productIm = (ci * rr) - (cr * ri);
                var weight = i1 == i2 ? 1.0 : 2.0;
                pc += weight * ((cr * (double)cr) + (ci * (double)ci));
                pr += weight * ((rr * (double)rr) + (ri * (double)ri));
                re[i1] = productRe;
                im[i1] = productIm;
                re[i2] = productRe;
                im[i2] = -productIm;
            }

            comparisonPower[r] = pc;
            referencePower[r] = pr;
        }

        var half = (rows / 2) + 1;
        if (_threads == 1 || frame.PixelCount < 1 << 14)
        {
            for (var r = 0; r < half; r++)
            {
                Row(r);
            }
        }
        else
        {
            Parallel.For(0, half, new ParallelOptions { MaxDegreeOfParallelism = _threads }, Row);
        }

        // Summed in a fixed order so that the result does not depend on the thread count.
        return (comparisonPower.Sum(), referencePower.Sum());
    }

    /// <summary>Returns Σ (re² + im²) over the first <paramref name="count"/> elements, in a fixed order.</summary>
    internal static double Power(float[] re, float[] im, int count)
    {
        const int Block = 4096;
        double total = 0;
        for (var start = 0; start < count; start += Block)
        {
            var length = Math.Min(Block, count - start);
            var a = re.AsSpan(start, length);
            var b = im.AsSpan(start, length);
            var sum = Vector<float>.Zero;
            var i = 0;
            for (; i <= length - Vector<float>.Count; i += Vector<float>.Count)
            {
                var x = new Vector<float>(a[i..]);
                var y = new Vector<float>(b[i..]);
                sum += (x * x) + (y * y);
            }

            double block = Vector.Sum(sum);
            for (; i < length; i++)
            {
                block += (a[i] * (double)a[i]) + (b[i] * (double)b[i]);
            }

            total += block;
        }

        return total;
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

    /// <summary>Divides each element by its magnitude, floored at 100 · float32 epsilon as scikit-image does.</summary>
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
