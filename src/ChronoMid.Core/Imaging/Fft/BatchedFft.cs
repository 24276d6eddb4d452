using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChronoMid.Imaging.Fft;

/// <summary>
/// Complex DFTs along the rows of a row-major block: element (n, lane) of sequence "lane" sits at
/// <c>n * lanes + lane</c>, real and imaginary parts in separate arrays. Every butterfly applies one twiddle to
/// a run of contiguous lanes, so the arithmetic is plain <see cref="Vector{T}"/> work. Calls on different threads
/// need their own workspace arrays.
/// </summary>
internal static partial class BatchedFft
{
    /// <summary>
    /// Transforms lanes [laneStart, laneStart + laneCount) in place. The workspace arrays hold at least
    /// <see cref="FftPlan.WorkRows"/> · lanes elements (Bluestein needs <paramref name="work2Re"/> too) and belong
    /// to this call alone: Bluestein clears whole rows of them. The inverse is unscaled (no 1/n).
    /// </summary>
    public static void Transform(
        FftPlan plan, float[] re, float[] im, float[] workRe, float[] workIm, int lanes, int laneStart,
        int laneCount, bool inverse, float[]? work2Re = null, float[]? work2Im = null)
    {
        if (plan.Bluestein is { } chirp)
        {
            TransformBluestein(chirp, re, im, workRe, workIm, work2Re!, work2Im!, lanes, laneStart, laneCount,
                inverse);
            return;
        }

        // The inverse is conj(DFT(conj x)).
        if (inverse)
        {
            Negate(im, plan.Length, lanes, laneStart, laneCount);
        }

        Stockham(plan, re, im, workRe, workIm, lanes, laneStart, laneCount);
        if (inverse)
        {
            Negate(im, plan.Length, lanes, laneStart, laneCount);
        }
    }

    private static void Stockham(
        FftPlan plan, float[] re, float[] im, float[] workRe, float[] workIm, int lanes, int l0, int lc)
    {
        if (StockhamPasses(plan, re, im, workRe, workIm, lanes, l0, lc))
        {
            for (var n = 0; n < plan.Length; n++)
            {
                Array.Copy(workRe, (n * lanes) + l0, re, (n * lanes) + l0, lc);
                Array.Copy(workIm, (n * lanes) + l0, im, (n * lanes) + l0, lc);
            }
        }
    }

    /// <summary>Runs the passes, alternating between the arrays; true if the result ends in the work arrays.</summary>
    private static bool StockhamPasses(
        FftPlan plan, float[] re, float[] im, float[] workRe, float[] workIm, int lanes, int l0, int lc)
    {
        float[] xr = re, xi = im, yr = workRe, yi = workIm;
        foreach (var pass in plan.Passes)
        {
            switch (pass.Radix)
            {
                case 2:
                    Radix2(pass, xr, xi, yr, yi, lanes, l0, lc);
                    break;
                case 3:
                    Radix3(pass, xr, xi, yr, yi, lanes, l0, lc);
                    break;
                case 4:
                    Radix4(pass, xr, xi, yr, yi, lanes, l0, lc);
                    break;
                case 8:
                    Radix8(pass, xr, xi, yr, yi, lanes, l0, lc);
                    break;
                default:
                    RadixGeneric(pass, xr, xi, yr, yi, lanes, l0, lc);
                    break;
            }

            (xr, yr) = (yr, xr);
            (xi, yi) = (yi, xi);
        }

        return plan.Passes.Length % 2 == 1;
    }

    private static void TransformBluestein(
        BluesteinPlan chirp, float[] re, float[] im, float[] wr, float[] wi, float[] w2r, float[] w2i, int lanes,
        int l0, int lc, bool inverse)
    {
        // Every conjugation rides on a multiplication: the inverse is conj(DFT(conj x)), and the inverse inner
        // transform is conj(DFT(conj v)).
        var n = chirp.Length;
        var m = chirp.PaddedLength;
        MultiplyRows(re, im, chirp.ChirpRe, chirp.ChirpIm, wr, wi, n, lanes, l0, lc, inverse, false);
        // Whole rows: the work arrays belong to this call alone.
        Array.Clear(wr, n * lanes, (m - n) * lanes);
        Array.Clear(wi, n * lanes, (m - n) * lanes);

        // The inner results stay wherever the passes leave them.
        if (StockhamPasses(chirp.Inner, wr, wi, w2r, w2i, lanes, l0, lc))
        {
            (wr, w2r) = (w2r, wr);
            (wi, w2i) = (w2i, wi);
        }

        MultiplyRows(wr, wi, chirp.FilterRe, chirp.FilterIm, wr, wi, m, lanes, l0, lc, false, true);
        if (StockhamPasses(chirp.Inner, wr, wi, w2r, w2i, lanes, l0, lc))
        {
            (wr, w2r) = (w2r, wr);
            (wi, w2i) = (w2i, wi);
        }

        MultiplyRows(wr, wi, chirp.ChirpRe, chirp.ChirpIm, re, im, n, lanes, l0, lc, true, inverse);
    }

    /// <summary>
    /// dst[k, lanes] = src[k, lanes] · (cr[k] + i ci[k]) for rows k &lt; rows, either factor conjugated first or
    /// the product after.
    /// </summary>
    private static void MultiplyRows(
        float[] sr, float[] si, float[] cr, float[] ci, float[] dr, float[] di, int rows, int lanes, int l0, int lc,
        bool conjugateInput, bool conjugateOutput)
    {
        ref var a = ref MemoryMarshal.GetArrayDataReference(sr);
        ref var b = ref MemoryMarshal.GetArrayDataReference(si);
        ref var c = ref MemoryMarshal.GetArrayDataReference(dr);
        ref var d = ref MemoryMarshal.GetArrayDataReference(di);
        float inSign = conjugateInput ? -1 : 1, outSign = conjugateOutput ? -1 : 1;
        var vin = new Vector<float>(inSign);
        var vout = new Vector<float>(outSign);
        var width = Vector<float>.Count;
        for (var k = 0; k < rows; k++)
        {
            var vcr = new Vector<float>(cr[k]);
            var vci = new Vector<float>(ci[k]);
            var row = (k * lanes) + l0;
            var i = 0;
            for (; i <= lc - width; i += width)
            {
                var at = (nuint)(row + i);
                var xr = Vector.LoadUnsafe(ref a, at);
                var xi = Vector.LoadUnsafe(ref b, at) * vin;
                ((xr * vcr) - (xi * vci)).StoreUnsafe(ref c, at);
                (((xr * vci) + (xi * vcr)) * vout).StoreUnsafe(ref d, at);
            }

            for (; i < lc; i++)
            {
                var xr = sr[row + i];
                var xi = si[row + i] * inSign;
                dr[row + i] = (xr * cr[k]) - (xi * ci[k]);
                di[row + i] = ((xr * ci[k]) + (xi * cr[k])) * outSign;
            }
        }
    }

    private static void Negate(float[] values, int rows, int lanes, int l0, int lc)
    {
        for (var n = 0; n < rows; n++)
        {
            var row = values.AsSpan((n * lanes) + l0, lc);
            var i = 0;
            for (; i <= row.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (-Vector.LoadUnsafe(ref MemoryMarshal.GetReference(row), (nuint)i))
                    .StoreUnsafe(ref MemoryMarshal.GetReference(row), (nuint)i);
            }

            for (; i < row.Length; i++)
            {
                row[i] = -row[i];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Twiddle(ref Vector<float> r, ref Vector<float> i, float wr, float wi)
    {
        var vwr = new Vector<float>(wr);
        var vwi = new Vector<float>(wi);
        var t = Vector.FusedMultiplyAdd(r, vwr, -(i * vwi));
        i = Vector.FusedMultiplyAdd(r, vwi, i * vwr);
        r = t;
    }
}
