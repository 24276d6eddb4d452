using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>Finding the correlation peak and refining it with the matrix-multiply upsampled DFT.</summary>
public sealed partial class PhaseCorrelation
{
    /// <summary>Locates the shift from the cross-power spectrum (overwritten when phase-normalised).</summary>
    private RegistrationResult Locate(
        float[] productRe, float[] productIm, Fft2D frame, double comparisonPower, double referencePower)
    {
        int rows = frame.Rows, columns = frame.Columns, n = frame.PixelCount;
        if (_normalization == CrossPowerNormalization.Phase)
        {
            NormalizePhase(productRe, productIm, n);
        }

        var pool = ArrayPool<float>.Shared;
        var ccRe = pool.Rent(n);
        var ccIm = pool.Rent(n);
        int peak;
        double peakRe, peakIm;
        try
        {
            Array.Copy(productRe, ccRe, n);
            Array.Copy(productIm, ccIm, n);
            frame.Transform(ccRe, ccIm, inverse: true);
            peak = ArgMaxMagnitude(ccRe, ccIm, n);
            peakRe = ccRe[peak] / (double)n;
            peakIm = ccIm[peak] / (double)n;
        }
        finally
        {
            pool.Return(ccRe);
            pool.Return(ccIm);
        }

        double rowShift = WrapShift(peak / columns, rows);
        double columnShift = WrapShift(peak % columns, columns);
        if (_upsampleFactor == 1)
        {
            comparisonPower /= n;
            referencePower /= n;
        }
        else
        {
            (rowShift, columnShift, peakRe, peakIm) = Refine(productRe, productIm, frame, rowShift, columnShift);
        }

        rowShift = rows == 1 ? 0 : rowShift;
        columnShift = columns == 1 ? 0 : columnShift;
        var magnitudeSquared = (peakRe * peakRe) + (peakIm * peakIm);
        var error = Math.Sqrt(Math.Abs(1.0 - (magnitudeSquared / (comparisonPower * referencePower))));
        return new RegistrationResult(rowShift, columnShift, error, Math.Atan2(peakIm, peakRe));
    }

    /// <summary>Maps a peak index to a signed shift: indices past the middle are negative shifts.</summary>
    private static int WrapShift(int index, int length) => index > length / 2 ? index - length : index;

    /// <summary>Returns the first index of the largest magnitude, as numpy's argmax would.</summary>
    private static int ArgMaxMagnitude(float[] re, float[] im, int count)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(re);
        ref var b = ref MemoryMarshal.GetArrayDataReference(im);
        var best = Vector<float>.Zero - Vector<float>.One;
        var i = 0;
        for (; i <= count - Vector<float>.Count; i += Vector<float>.Count)
        {
            var x = Vector.LoadUnsafe(ref a, (nuint)i);
            var y = Vector.LoadUnsafe(ref b, (nuint)i);
            best = Vector.Max(best, (x * x) + (y * y));
        }

        var max = -1f;
        for (var lane = 0; lane < Vector<float>.Count; lane++)
        {
            max = Math.Max(max, best[lane]);
        }

        for (var k = i; k < count; k++)
        {
            max = Math.Max(max, (re[k] * re[k]) + (im[k] * im[k]));
        }

        // The vector pass found the largest value; the scalar pass finds where it first occurs.
        for (var k = 0; ; k++)
        {
            if ((re[k] * re[k]) + (im[k] * im[k]) == max)
            {
                return k;
            }
        }
    }

    /// <summary>
    /// Evaluates the cross-correlation on a grid 1 / factor of a pixel apart in a 1.5-pixel window around the
    /// whole-pixel estimate, by two small matrix products over the spectrum, and moves to its peak.
    /// </summary>
    private (double Row, double Column, double PeakRe, double PeakIm) Refine(
        float[] productRe, float[] productIm, Fft2D frame, double rowShift, double columnShift)
    {
        int rows = frame.Rows, columns = frame.Columns;
        double factor = _upsampleFactor;
        var region = (int)Math.Ceiling(factor * 1.5);
        var centre = Math.Truncate(region / 2.0);
        var (kernelColRe, kernelColIm) = Kernel(region, columns, factor, centre - (columnShift * factor));
        var (kernelRowRe, kernelRowIm) = Kernel(region, rows, factor, centre - (rowShift * factor));

        // T[r, u] = Σ_c G_col[u, c] · P[r, c]
        var tRe = new double[rows * region];
        var tIm = new double[rows * region];
        void Row(int r)
        {
            var pr = productRe.AsSpan(r * columns, columns);
            var pi = productIm.AsSpan(r * columns, columns);
            for (var u = 0; u < region; u++)
            {
                var (sumRe, sumIm) = DotComplex(kernelColRe.AsSpan(u * columns, columns),
                    kernelColIm.AsSpan(u * columns, columns), pr, pi);
                tRe[(r * region) + u] = sumRe;
                tIm[(r * region) + u] = sumIm;
            }
        }

        if (_threads == 1 || frame.PixelCount < 1 << 14)
        {
            for (var r = 0; r < rows; r++)
            {
                Row(r);
            }
        }
        else
        {
            Parallel.For(0, rows, new ParallelOptions { MaxDegreeOfParallelism = _threads }, Row);
        }

        // out[v, u] = Σ_r G_row[v, r] · T[r, u]; keep the first largest magnitude in row-major order.
        double bestMagnitude = -1, bestRe = 0, bestIm = 0;
        int bestV = 0, bestU = 0;
        for (var v = 0; v < region; v++)
        {
            for (var u = 0; u < region; u++)
            {
                double sumRe = 0, sumIm = 0;
                for (var r = 0; r < rows; r++)
                {
                    double gr = kernelRowRe[(v * rows) + r], gi = kernelRowIm[(v * rows) + r];
                    double xr = tRe[(r * region) + u], xi = tIm[(r * region) + u];
                    sumRe += (gr * xr) - (gi * xi);
                    sumIm += (gr * xi) + (gi * xr);
                }

                var magnitude = (sumRe * sumRe) + (sumIm * sumIm);
                if (magnitude > bestMagnitude)
                {
                    (bestMagnitude, bestRe, bestIm, bestV, bestU) = (magnitude, sumRe, sumIm, v, u);
                }
            }
        }

        return (rowShift + ((bestV - centre) / factor), columnShift + ((bestU - centre) / factor), bestRe, bestIm);
    }

    /// <summary>G[u, k] = exp(+2πi (u − offset) · f_k), f_k the signed frequency k / (length · factor).</summary>
    private static (float[] Re, float[] Im) Kernel(int region, int length, double factor, double offset)
    {
        var re = new float[region * length];
        var im = new float[region * length];
        for (var u = 0; u < region; u++)
        {
            for (var k = 0; k < length; k++)
            {
                var signed = k < (length + 1) / 2 ? k : k - length;
                var angle = 2 * Math.PI * (u - offset) * signed / (length * factor);
                re[(u * length) + k] = (float)Math.Cos(angle);
                im[(u * length) + k] = (float)Math.Sin(angle);
            }
        }

        return (re, im);
    }

    private static (double Re, double Im) DotComplex(
        ReadOnlySpan<float> ar, ReadOnlySpan<float> ai, ReadOnlySpan<float> br, ReadOnlySpan<float> bi)
    {
        var sumRe = Vector<float>.Zero;
        var sumIm = Vector<float>.Zero;
        var i = 0;
        for (; i <= ar.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            var xr = new Vector<float>(ar[i..]);
            var xi = new Vector<float>(ai[i..]);
            var yr = new Vector<float>(br[i..]);
            var yi = new Vector<float>(bi[i..]);
            sumRe += (xr * yr) - (xi * yi);
            sumIm += (xr * yi) + (xi * yr);
        }

        double re = Vector.Sum(sumRe), im = Vector.Sum(sumIm);
        for (; i < ar.Length; i++)
        {
            re += (ar[i] * (double)br[i]) - (ai[i] * (double)bi[i]);
            im += (ar[i] * (double)bi[i]) + (ai[i] * (double)br[i]);
        }

        return (re, im);
    }
}
