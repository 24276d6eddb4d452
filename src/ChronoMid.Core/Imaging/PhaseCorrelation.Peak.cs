using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using ChronoMid.Imaging.Fft;

namespace ChronoMid.Imaging;

/// <summary>Finding the whole-pixel correlation peak.</summary>
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

        for (; i < count; i++)
        {
            max = Math.Max(max, Math.Abs(values[i]));
        }

        // The first pass found the largest value; this one finds where it first occurs.
        var target = new Vector<float>(max);
        var k = 0;
        for (; k <= count - Vector<float>.Count; k += Vector<float>.Count)
        {
            if (Vector.EqualsAny(Vector.Abs(Vector.LoadUnsafe(ref a, (nuint)k)), target))
            {
                break;
            }
        }

        for (; ; k++)
        {
            if (Math.Abs(values[k]) == max)
            {
                return k;
            }
        }
    }
}
