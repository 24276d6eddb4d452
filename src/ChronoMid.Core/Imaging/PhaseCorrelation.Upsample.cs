using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>Refining the peak with the matrix-multiply upsampled DFT, over the half spectrum.</summary>
public sealed partial class PhaseCorrelation
{
    /// <summary>Rows summed in float32 before the running sums are carried over into double.</summary>
    private const int RowsPerBlock = 32;

    /// <summary>
    /// Evaluates the cross-correlation on a grid 1 / factor of a pixel apart in a 1.5-pixel window around the
    /// whole-pixel estimate, out[v, u] = Σ_c G_col[u, c] · Σ_r G_row[v, r] · P[r, c], and moves to its peak.
    /// </summary>
    /// <remarks>
    /// The inner sum S[v, c] is only computed for the kept columns of the half spectrum: because P is
    /// Hermitian, S[v, −c] = conj S[v, c], up to one extra term from the row at the Nyquist frequency of an
    /// even number of rows, whose kernel value is not the conjugate of its mirror's.
    /// </remarks>
    private (double Row, double Column, double PeakRe, double PeakIm) Refine(
        float[] productRe, float[] productIm, Fft2D frame, double rowShift, double columnShift)
    {
        int rows = frame.Rows, columns = frame.Columns, half = frame.HalfColumns;
        double factor = _upsampleFactor;
        var region = (int)Math.Ceiling(factor * 1.5);
        var centre = Math.Truncate(region / 2.0);
        var floats = ArrayPool<float>.Shared;
        var doubles = ArrayPool<double>.Shared;
        var kernelColRe = floats.Rent(region * columns);
        var kernelColIm = floats.Rent(region * columns);
        var kernelRowRe = floats.Rent(region * rows);
        var kernelRowIm = floats.Rent(region * rows);
        var sumRe = doubles.Rent(region * half);
        var sumIm = doubles.Rent(region * half);
        try
        {
            Kernel(region, columns, factor, centre - (columnShift * factor), kernelColRe, kernelColIm);
            Kernel(region, rows, factor, centre - (rowShift * factor), kernelRowRe, kernelRowIm);
            RowSums(productRe, productIm, frame, region, kernelRowRe, kernelRowIm, sumRe, sumIm);
            return Peak(productRe, productIm, frame, region, kernelColRe, kernelColIm, kernelRowIm, sumRe, sumIm,
                rowShift, columnShift);
        }
        finally
        {
            floats.Return(kernelColRe);
            floats.Return(kernelColIm);
            floats.Return(kernelRowRe);
            floats.Return(kernelRowIm);
            doubles.Return(sumRe);
            doubles.Return(sumIm);
        }
    }

    /// <summary>out[v, u] = Σ_c G_col[u, c] · S[v, c]; moves to its first largest magnitude (row-major).</summary>
    private (double Row, double Column, double PeakRe, double PeakIm) Peak(
        float[] productRe, float[] productIm, Fft2D frame, int region, float[] kernelColRe, float[] kernelColIm,
        float[] kernelRowIm, double[] sumRe, double[] sumIm, double rowShift, double columnShift)
    {
        int rows = frame.Rows, columns = frame.Columns, half = frame.HalfColumns;
        double factor = _upsampleFactor;
        var centre = Math.Truncate(region / 2.0);
        var nyquistRow = rows % 2 == 0 ? rows / 2 : -1;
        double bestMagnitude = -1, bestRe = 0, bestIm = 0;
        int bestV = 0, bestU = 0;
        for (var v = 0; v < region; v++)
        {
            var correction = nyquistRow < 0 ? 0 : 2.0 * kernelRowIm[(v * rows) + nyquistRow];
            for (var u = 0; u < region; u++)
            {
                double re = 0, im = 0;
                var kernel = u * columns;
                for (var c = 0; c < half; c++)
                {
                    double sr = sumRe[(v * half) + c], si = sumIm[(v * half) + c];
                    double gr = kernelColRe[kernel + c], gi = kernelColIm[kernel + c];
                    re += (gr * sr) - (gi * si);
                    im += (gr * si) + (gi * sr);
                }

                for (var c = half; c < columns; c++)
                {
                    // S[v, c] = conj S[v, −c] + 2i · Im G_row[v, R/2] · conj P[R/2, −c].
                    var mirror = columns - c;
                    double sr = sumRe[(v * half) + mirror], si = -sumIm[(v * half) + mirror];
                    if (nyquistRow >= 0)
                    {
                        var at = (nyquistRow * half) + mirror;
                        sr += correction * productIm[at];
                        si += correction * productRe[at];
                    }

                    double gr = kernelColRe[kernel + c], gi = kernelColIm[kernel + c];
                    re += (gr * sr) - (gi * si);
                    im += (gr * si) + (gi * sr);
                }

                var magnitude = (re * re) + (im * im);
                if (magnitude > bestMagnitude)
                {
                    (bestMagnitude, bestRe, bestIm, bestV, bestU) = (magnitude, re, im, v, u);
                }
            }
        }

        return (rowShift + ((bestV - centre) / factor), columnShift + ((bestU - centre) / factor), bestRe, bestIm);
    }

    /// <summary>S[v, c] = Σ_r G_row[v, r] · P[r, c] for the kept columns c, accumulated row by row.</summary>
    private static void RowSums(
        float[] productRe, float[] productIm, Fft2D frame, int region, float[] kernelRe, float[] kernelIm,
        double[] sumRe, double[] sumIm)
    {
        int rows = frame.Rows, half = frame.HalfColumns, count = region * half;
        Array.Clear(sumRe, 0, count);
        Array.Clear(sumIm, 0, count);
        var pool = ArrayPool<float>.Shared;
        var blockReArray = pool.Rent(count);
        var blockImArray = pool.Rent(count);
        try
        {
            RowSumBlocks(productRe, productIm, rows, half, region, kernelRe, kernelIm, sumRe, sumIm, blockReArray,
                blockImArray);
        }
        finally
        {
            pool.Return(blockReArray);
            pool.Return(blockImArray);
        }
    }

    private static void RowSumBlocks(
        float[] productRe, float[] productIm, int rows, int half, int region, float[] kernelRe, float[] kernelIm,
        double[] sumRe, double[] sumIm, float[] blockRe, float[] blockIm)
    {
        var count = region * half;
        ref var pr = ref MemoryMarshal.GetArrayDataReference(productRe);
        ref var pi = ref MemoryMarshal.GetArrayDataReference(productIm);
        ref var ar = ref MemoryMarshal.GetArrayDataReference(blockRe);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(blockIm);
        var width = Vector<float>.Count;
        for (var r0 = 0; r0 < rows; r0 += RowsPerBlock)
        {
            Array.Clear(blockRe, 0, count);
            Array.Clear(blockIm, 0, count);
            for (var r = r0; r < Math.Min(rows, r0 + RowsPerBlock); r++)
            {
                var row = (nuint)(r * half);
                for (var v = 0; v < region; v++)
                {
                    float gr = kernelRe[(v * rows) + r], gi = kernelIm[(v * rows) + r];
                    var vgr = new Vector<float>(gr);
                    var vgi = new Vector<float>(gi);
                    var acc = (nuint)(v * half);
                    var c = 0;
                    for (; c <= half - width; c += width)
                    {
                        var xr = Vector.LoadUnsafe(ref pr, row + (nuint)c);
                        var xi = Vector.LoadUnsafe(ref pi, row + (nuint)c);
                        var at = acc + (nuint)c;
                        var accRe = Vector.FusedMultiplyAdd(-vgi, xi,
                            Vector.FusedMultiplyAdd(vgr, xr, Vector.LoadUnsafe(ref ar, at)));
                        var accIm = Vector.FusedMultiplyAdd(vgi, xr,
                            Vector.FusedMultiplyAdd(vgr, xi, Vector.LoadUnsafe(ref ai, at)));
                        accRe.StoreUnsafe(ref ar, at);
                        accIm.StoreUnsafe(ref ai, at);
                    }

                    for (; c < half; c++)
                    {
                        float xr = productRe[(int)row + c], xi = productIm[(int)row + c];
                        blockRe[(int)acc + c] += (gr * xr) - (gi * xi);
                        blockIm[(int)acc + c] += (gr * xi) + (gi * xr);
                    }
                }
            }

            for (var i = 0; i < count; i++)
            {
                sumRe[i] += blockRe[i];
                sumIm[i] += blockIm[i];
            }
        }
    }

    /// <summary>G[u, k] = exp(+2πi (u − offset) · f_k), f_k the signed frequency k / (length · factor).</summary>
    private static void Kernel(int region, int length, double factor, double offset, float[] re, float[] im)
    {
        for (var k = 0; k < length; k++)
        {
            // exp(iθ(u − offset)) = exp(−iθ · offset) · exp(iθ)^u, stepped in double: two sines and cosines
            // per frequency instead of one per window point, with rounding far below float32 precision.
            var signed = k < (length + 1) / 2 ? k : k - length;
            var theta = 2 * Math.PI * signed / (length * factor);
            var (sin, cos) = Math.SinCos(-theta * offset);
            var (stepSin, stepCos) = Math.SinCos(theta);
            for (var u = 0; u < region; u++)
            {
                re[(u * length) + k] = (float)cos;
                im[(u * length) + k] = (float)sin;
                (cos, sin) = ((cos * stepCos) - (sin * stepSin), (cos * stepSin) + (sin * stepCos));
            }
        }
    }
}
