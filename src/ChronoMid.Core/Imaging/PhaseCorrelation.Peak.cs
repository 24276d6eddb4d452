using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>Finding the correlation peak and refining it with the matrix-multiply upsampled DFT.</summary>
public sealed partial class PhaseCorrelation
{
    /// <summary>Locates the shift from the cross-power half spectrum (overwritten when phase-normalised).</summary>
    private RegistrationResult Locate(
        float[] productRe, float[] productIm, Fft2D frame, double comparisonPower, double referencePower)
    {
        int rows = frame.Rows, columns = frame.Columns, n = frame.PixelCount, halfCount = frame.HalfCount;
        if (_normalization == CrossPowerNormalization.Phase)
        {
            NormalizePhase(productRe, productIm, halfCount);
        }

        // Both images are real, so the cross-power spectrum is Hermitian and the correlation real.
        var pool = ArrayPool<float>.Shared;
        var ccRe = pool.Rent(halfCount);
        var ccIm = pool.Rent(halfCount);
        var correlation = pool.Rent(n);
        int peak;
        double peakRe, peakIm = 0;
        try
        {
            Array.Copy(productRe, ccRe, halfCount);
            Array.Copy(productIm, ccIm, halfCount);
            frame.InverseReal(ccRe, ccIm, correlation);
            peak = ArgMaxMagnitude(correlation, n);
            peakRe = correlation[peak] / (double)n;
        }
        finally
        {
            pool.Return(ccRe);
            pool.Return(ccIm);
            pool.Return(correlation);
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

    /// <summary>Returns the first index of the largest absolute value, as numpy's argmax would.</summary>
    private static int ArgMaxMagnitude(float[] values, int count)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(values);
        var best = Vector<float>.Zero - Vector<float>.One;
        var i = 0;
        for (; i <= count - Vector<float>.Count; i += Vector<float>.Count)
        {
            best = Vector.Max(best, Vector.Abs(Vector.LoadUnsafe(ref a, (nuint)i)));
        }

        var max = -1f;
        for (var lane = 0; lane < Vector<float>.Count; lane++)
        {
            max = Math.Max(max, best[lane]);
        }

        for (var k = i; k < count; k++)
        {
            max = Math.Max(max, Math.Abs(values[k]));
        }

        // The vector pass found the largest value; the scalar pass finds where it first occurs.
        for (var k = 0; ; k++)
        {
            if (Math.Abs(values[k]) == max)
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
        void Rows(int first, int end)
        {
            var pool = ArrayPool<float>.Shared;
            var fullRe = pool.Rent(columns);
            var fullIm = pool.Rent(columns);
            try
            {
                for (var r = first; r < end; r++)
                {
                    FullRow(productRe, productIm, frame, r, fullRe, fullIm);
                    var pr = fullRe.AsSpan(0, columns);
                    var pi = fullIm.AsSpan(0, columns);
                    for (var u = 0; u < region; u++)
                    {
                        var (sumRe, sumIm) = DotComplex(kernelColRe.AsSpan(u * columns, columns),
                            kernelColIm.AsSpan(u * columns, columns), pr, pi);
                        tRe[(r * region) + u] = sumRe;
                        tIm[(r * region) + u] = sumIm;
                    }
                }
            }
            finally
            {
                pool.Return(fullRe);
                pool.Return(fullIm);
            }
        }

        var workers = frame.PixelCount < 1 << 14 ? 1 : Math.Min(_threads, rows);
        if (workers == 1)
        {
            Rows(0, rows);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers },
                w => Rows(rows * w / workers, rows * (w + 1) / workers));
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

    /// <summary>Writes row r of the full spectrum, from a half spectrum, into the first columns of the buffers.</summary>
    private static void FullRow(float[] halfRe, float[] halfIm, Fft2D frame, int r, float[] re, float[] im)
    {
        int rows = frame.Rows, columns = frame.Columns, half = frame.HalfColumns;
        halfRe.AsSpan(r * half, half).CopyTo(re);
        halfIm.AsSpan(r * half, half).CopyTo(im);
        var mirror = ((rows - r) % rows) * half;
        for (var c = half; c < columns; c++)
        {
            re[c] = halfRe[mirror + columns - c];
            im[c] = -halfIm[mirror + columns - c];
        }
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
