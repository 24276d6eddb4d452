using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ChronoMid.Imaging.Fft;

/// <summary>The radix-8 butterfly: one pass where radix 4 needs one and a half, so fewer trips to memory.</summary>
internal static partial class BatchedFft
{
    private static void Radix8(FftPass pass, float[] xr, float[] xi, float[] yr, float[] yi, int lanes, int l0, int lc)
    {
        if (lc < Vector<float>.Count)
        {
            RadixScalar(pass, xr, xi, yr, yi, lanes, l0, lc);
            return;
        }

        int m = pass.M, s = pass.Stride;
        var root = new Vector<float>((float)Math.Sqrt(0.5));
        ref var ar = ref MemoryMarshal.GetArrayDataReference(xr);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(xi);
        ref var br = ref MemoryMarshal.GetArrayDataReference(yr);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(yi);
        var step = (nuint)(m * s * lanes);
        var ostep = (nuint)(s * lanes);
        var last = lc - Vector<float>.Count;
        for (var j = 0; j < m; j++)
        {
            var w = 7 * j;
            for (var q = 0; q < s; q++)
            {
                var i0 = ((q + (s * j)) * lanes) + l0;
                var o0 = ((q + (s * 8 * j)) * lanes) + l0;
                for (var i = 0; ; i = Math.Min(i + Vector<float>.Count, last))
                {
                    var p = (nuint)(i0 + i);
                    // Halves: b_t = a_t + a_(t+4) feed the even outputs, c_t = (a_t − a_(t+4)) · ω8^t the odd ones.
                    var a0r = Vector.LoadUnsafe(ref ar, p);
                    var a0i = Vector.LoadUnsafe(ref ai, p);
                    var a4r = Vector.LoadUnsafe(ref ar, p + (4 * step));
                    var a4i = Vector.LoadUnsafe(ref ai, p + (4 * step));
                    var b0r = a0r + a4r;
                    var b0i = a0i + a4i;
                    var c0r = a0r - a4r;
                    var c0i = a0i - a4i;
                    var a1r = Vector.LoadUnsafe(ref ar, p + step);
                    var a1i = Vector.LoadUnsafe(ref ai, p + step);
                    var a5r = Vector.LoadUnsafe(ref ar, p + (5 * step));
                    var a5i = Vector.LoadUnsafe(ref ai, p + (5 * step));
                    var b1r = a1r + a5r;
                    var b1i = a1i + a5i;
                    var d1r = a1r - a5r;
                    var d1i = a1i - a5i;
                    var c1r = (d1r + d1i) * root;
                    var c1i = (d1i - d1r) * root;
                    var a2r = Vector.LoadUnsafe(ref ar, p + (2 * step));
                    var a2i = Vector.LoadUnsafe(ref ai, p + (2 * step));
                    var a6r = Vector.LoadUnsafe(ref ar, p + (6 * step));
                    var a6i = Vector.LoadUnsafe(ref ai, p + (6 * step));
                    var b2r = a2r + a6r;
                    var b2i = a2i + a6i;
                    var c2r = a2i - a6i;
                    var c2i = a6r - a2r;
                    var a3r = Vector.LoadUnsafe(ref ar, p + (3 * step));
                    var a3i = Vector.LoadUnsafe(ref ai, p + (3 * step));
                    var a7r = Vector.LoadUnsafe(ref ar, p + (7 * step));
                    var a7i = Vector.LoadUnsafe(ref ai, p + (7 * step));
                    var b3r = a3r + a7r;
                    var b3i = a3i + a7i;
                    var d3r = a3r - a7r;
                    var d3i = a3i - a7i;
                    var c3r = (d3i - d3r) * root;
                    var c3i = -(d3r + d3i) * root;
                    var o = (nuint)(o0 + i);
                    Dft4(pass, w, j, b0r, b0i, b1r, b1i, b2r, b2i, b3r, b3i, ref br, ref bi, o, 2 * ostep, 0);
                    Dft4(pass, w, j, c0r, c0i, c1r, c1i, c2r, c2i, c3r, c3i, ref br, ref bi, o + ostep, 2 * ostep, 1);
                    if (i == last)
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A 4-point DFT whose outputs k = 0 … 3 are the radix-8 outputs r = 2k + parity, twiddled by ω_n^(j r) and
    /// stored <paramref name="stride"/> apart from <paramref name="at"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dft4(
        FftPass pass, int w, int j, Vector<float> x0r, Vector<float> x0i, Vector<float> x1r, Vector<float> x1i,
        Vector<float> x2r, Vector<float> x2i, Vector<float> x3r, Vector<float> x3i, ref float br, ref float bi,
        nuint at, nuint stride, int parity)
    {
        var t0r = x0r + x2r;
        var t0i = x0i + x2i;
        var t1r = x0r - x2r;
        var t1i = x0i - x2i;
        var t2r = x1r + x3r;
        var t2i = x1i + x3i;
        var t3r = x1r - x3r;
        var t3i = x1i - x3i;
        var y0r = t0r + t2r;
        var y0i = t0i + t2i;
        var y1r = t1r + t3i;
        var y1i = t1i - t3r;
        var y2r = t0r - t2r;
        var y2i = t0i - t2i;
        var y3r = t1r - t3i;
        var y3i = t1i + t3r;
        if (j != 0)
        {
            // Twiddle index of output r is w + r − 1; output r = 0 needs none.
            if (parity == 1)
            {
                Twiddle(ref y0r, ref y0i, pass.TwiddleRe[w], pass.TwiddleIm[w]);
            }

            Twiddle(ref y1r, ref y1i, pass.TwiddleRe[w + 1 + parity], pass.TwiddleIm[w + 1 + parity]);
            Twiddle(ref y2r, ref y2i, pass.TwiddleRe[w + 3 + parity], pass.TwiddleIm[w + 3 + parity]);
            Twiddle(ref y3r, ref y3i, pass.TwiddleRe[w + 5 + parity], pass.TwiddleIm[w + 5 + parity]);
        }

        y0r.StoreUnsafe(ref br, at);
        y0i.StoreUnsafe(ref bi, at);
        y1r.StoreUnsafe(ref br, at + stride);
        y1i.StoreUnsafe(ref bi, at + stride);
        y2r.StoreUnsafe(ref br, at + (2 * stride));
        y2i.StoreUnsafe(ref bi, at + (2 * stride));
        y3r.StoreUnsafe(ref br, at + (3 * stride));
        y3i.StoreUnsafe(ref bi, at + (3 * stride));
    }
}
