using System.Numerics;
using System.Runtime.InteropServices;

namespace ChronoMid.Imaging.Fft;

/// <summary>The Stockham butterflies. Passes read x and write y, so lane runs may overlap harmlessly.</summary>
internal static partial class BatchedFft
{
    private static void Radix2(FftPass pass, float[] xr, float[] xi, float[] yr, float[] yi, int lanes, int l0, int lc)
    {
        if (lc < Vector<float>.Count)
        {
            RadixScalar(pass, xr, xi, yr, yi, lanes, l0, lc);
            return;
        }

        int m = pass.M, s = pass.Stride;
        ref var ar = ref MemoryMarshal.GetArrayDataReference(xr);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(xi);
        ref var br = ref MemoryMarshal.GetArrayDataReference(yr);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(yi);
        for (var j = 0; j < m; j++)
        {
            float wr = pass.TwiddleRe[j], wi = pass.TwiddleIm[j];
            for (var q = 0; q < s; q++)
            {
                var i0 = ((q + (s * j)) * lanes) + l0;
                var i1 = ((q + (s * (j + m))) * lanes) + l0;
                var o0 = ((q + (s * 2 * j)) * lanes) + l0;
                var o1 = ((q + (s * ((2 * j) + 1))) * lanes) + l0;
                for (var i = 0; ; i += Vector<float>.Count)
                {
                    i = Math.Min(i, lc - Vector<float>.Count);
                    var a0r = Vector.LoadUnsafe(ref ar, (nuint)(i0 + i));
                    var a0i = Vector.LoadUnsafe(ref ai, (nuint)(i0 + i));
                    var a1r = Vector.LoadUnsafe(ref ar, (nuint)(i1 + i));
                    var a1i = Vector.LoadUnsafe(ref ai, (nuint)(i1 + i));
                    (a0r + a1r).StoreUnsafe(ref br, (nuint)(o0 + i));
                    (a0i + a1i).StoreUnsafe(ref bi, (nuint)(o0 + i));
                    var dr = a0r - a1r;
                    var di = a0i - a1i;
                    if (j != 0)
                    {
                        Twiddle(ref dr, ref di, wr, wi);
                    }

                    dr.StoreUnsafe(ref br, (nuint)(o1 + i));
                    di.StoreUnsafe(ref bi, (nuint)(o1 + i));
                    if (i == lc - Vector<float>.Count)
                    {
                        break;
                    }
                }
            }
        }
    }

    private static void Radix3(FftPass pass, float[] xr, float[] xi, float[] yr, float[] yi, int lanes, int l0, int lc)
    {
        if (lc < Vector<float>.Count)
        {
            RadixScalar(pass, xr, xi, yr, yi, lanes, l0, lc);
            return;
        }

        int m = pass.M, s = pass.Stride;
        var half = new Vector<float>(0.5f);
        var c = new Vector<float>((float)(Math.Sqrt(3.0) / 2.0));
        ref var ar = ref MemoryMarshal.GetArrayDataReference(xr);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(xi);
        ref var br = ref MemoryMarshal.GetArrayDataReference(yr);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(yi);
        for (var j = 0; j < m; j++)
        {
            float w1r = pass.TwiddleRe[2 * j], w1i = pass.TwiddleIm[2 * j];
            float w2r = pass.TwiddleRe[(2 * j) + 1], w2i = pass.TwiddleIm[(2 * j) + 1];
            for (var q = 0; q < s; q++)
            {
                var i0 = ((q + (s * j)) * lanes) + l0;
                var i1 = ((q + (s * (j + m))) * lanes) + l0;
                var i2 = ((q + (s * (j + (2 * m)))) * lanes) + l0;
                var o0 = ((q + (s * 3 * j)) * lanes) + l0;
                var o1 = o0 + (s * lanes);
                var o2 = o1 + (s * lanes);
                for (var i = 0; ; i += Vector<float>.Count)
                {
                    i = Math.Min(i, lc - Vector<float>.Count);
                    var a0r = Vector.LoadUnsafe(ref ar, (nuint)(i0 + i));
                    var a0i = Vector.LoadUnsafe(ref ai, (nuint)(i0 + i));
                    var a1r = Vector.LoadUnsafe(ref ar, (nuint)(i1 + i));
                    var a1i = Vector.LoadUnsafe(ref ai, (nuint)(i1 + i));
                    var a2r = Vector.LoadUnsafe(ref ar, (nuint)(i2 + i));
                    var a2i = Vector.LoadUnsafe(ref ai, (nuint)(i2 + i));
                    var tr = a1r + a2r;
                    var ti = a1i + a2i;
                    var dr = (a1r - a2r) * c;
                    var di = (a1i - a2i) * c;
                    (a0r + tr).StoreUnsafe(ref br, (nuint)(o0 + i));
                    (a0i + ti).StoreUnsafe(ref bi, (nuint)(o0 + i));
                    var mr = a0r - (tr * half);
                    var mi = a0i - (ti * half);
                    var y1r = mr + di;
                    var y1i = mi - dr;
                    var y2r = mr - di;
                    var y2i = mi + dr;
                    if (j != 0)
                    {
                        Twiddle(ref y1r, ref y1i, w1r, w1i);
                        Twiddle(ref y2r, ref y2i, w2r, w2i);
                    }

                    y1r.StoreUnsafe(ref br, (nuint)(o1 + i));
                    y1i.StoreUnsafe(ref bi, (nuint)(o1 + i));
                    y2r.StoreUnsafe(ref br, (nuint)(o2 + i));
                    y2i.StoreUnsafe(ref bi, (nuint)(o2 + i));
                    if (i == lc - Vector<float>.Count)
                    {
                        break;
                    }
                }
            }
        }
    }

    private static void Radix4(FftPass pass, float[] xr, float[] xi, float[] yr, float[] yi, int lanes, int l0, int lc)
    {
        if (lc < Vector<float>.Count)
        {
            RadixScalar(pass, xr, xi, yr, yi, lanes, l0, lc);
            return;
        }

        int m = pass.M, s = pass.Stride;
        ref var ar = ref MemoryMarshal.GetArrayDataReference(xr);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(xi);
        ref var br = ref MemoryMarshal.GetArrayDataReference(yr);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(yi);
        var step = m * s * lanes;
        for (var j = 0; j < m; j++)
        {
            float w1r = pass.TwiddleRe[3 * j], w1i = pass.TwiddleIm[3 * j];
            float w2r = pass.TwiddleRe[(3 * j) + 1], w2i = pass.TwiddleIm[(3 * j) + 1];
            float w3r = pass.TwiddleRe[(3 * j) + 2], w3i = pass.TwiddleIm[(3 * j) + 2];
            for (var q = 0; q < s; q++)
            {
                var i0 = ((q + (s * j)) * lanes) + l0;
                var o0 = ((q + (s * 4 * j)) * lanes) + l0;
                var ostep = s * lanes;
                for (var i = 0; ; i += Vector<float>.Count)
                {
                    i = Math.Min(i, lc - Vector<float>.Count);
                    var p = (nuint)(i0 + i);
                    var a0r = Vector.LoadUnsafe(ref ar, p);
                    var a0i = Vector.LoadUnsafe(ref ai, p);
                    var a1r = Vector.LoadUnsafe(ref ar, p + (nuint)step);
                    var a1i = Vector.LoadUnsafe(ref ai, p + (nuint)step);
                    var a2r = Vector.LoadUnsafe(ref ar, p + (nuint)(2 * step));
                    var a2i = Vector.LoadUnsafe(ref ai, p + (nuint)(2 * step));
                    var a3r = Vector.LoadUnsafe(ref ar, p + (nuint)(3 * step));
                    var a3i = Vector.LoadUnsafe(ref ai, p + (nuint)(3 * step));
                    var t0r = a0r + a2r;
                    var t0i = a0i + a2i;
                    var t1r = a0r - a2r;
                    var t1i = a0i - a2i;
                    var t2r = a1r + a3r;
                    var t2i = a1i + a3i;
                    var t3r = a1r - a3r;
                    var t3i = a1i - a3i;
                    var o = (nuint)(o0 + i);
                    (t0r + t2r).StoreUnsafe(ref br, o);
                    (t0i + t2i).StoreUnsafe(ref bi, o);
                    var y1r = t1r + t3i;
                    var y1i = t1i - t3r;
                    var y2r = t0r - t2r;
                    var y2i = t0i - t2i;
                    var y3r = t1r - t3i;
                    var y3i = t1i + t3r;
                    if (j != 0)
                    {
                        Twiddle(ref y1r, ref y1i, w1r, w1i);
                        Twiddle(ref y2r, ref y2i, w2r, w2i);
                        Twiddle(ref y3r, ref y3i, w3r, w3i);
                    }

                    y1r.StoreUnsafe(ref br, o + (nuint)ostep);
                    y1i.StoreUnsafe(ref bi, o + (nuint)ostep);
                    y2r.StoreUnsafe(ref br, o + (nuint)(2 * ostep));
                    y2i.StoreUnsafe(ref bi, o + (nuint)(2 * ostep));
                    y3r.StoreUnsafe(ref br, o + (nuint)(3 * ostep));
                    y3i.StoreUnsafe(ref bi, o + (nuint)(3 * ostep));
                    if (i == lc - Vector<float>.Count)
                    {
                        break;
                    }
                }
            }
        }
    }

    private static void RadixGeneric(
        FftPass pass, float[] xr, float[] xi, float[] yr, float[] yi, int lanes, int l0, int lc)
    {
        if (lc < Vector<float>.Count)
        {
            RadixScalar(pass, xr, xi, yr, yi, lanes, l0, lc);
            return;
        }

        int p = pass.Radix, m = pass.M, s = pass.Stride;
        ref var ar = ref MemoryMarshal.GetArrayDataReference(xr);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(xi);
        ref var br = ref MemoryMarshal.GetArrayDataReference(yr);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(yi);
        for (var j = 0; j < m; j++)
        {
            for (var q = 0; q < s; q++)
            {
                var i0 = ((q + (s * j)) * lanes) + l0;
                var o0 = ((q + (s * p * j)) * lanes) + l0;
                for (var r = 0; r < p; r++)
                {
                    for (var i = 0; ; i += Vector<float>.Count)
                    {
                        i = Math.Min(i, lc - Vector<float>.Count);
                        var sr = Vector<float>.Zero;
                        var si = Vector<float>.Zero;
                        for (var t = 0; t < p; t++)
                        {
                            var at = (nuint)(i0 + (t * m * s * lanes) + i);
                            var vr = Vector.LoadUnsafe(ref ar, at);
                            var vi = Vector.LoadUnsafe(ref ai, at);
                            Twiddle(ref vr, ref vi, pass.RootRe[t * r % p], pass.RootIm[t * r % p]);
                            sr += vr;
                            si += vi;
                        }

                        if (r > 0)
                        {
                            var w = (j * (p - 1)) + r - 1;
                            Twiddle(ref sr, ref si, pass.TwiddleRe[w], pass.TwiddleIm[w]);
                        }

                        var o = (nuint)(o0 + (r * s * lanes) + i);
                        sr.StoreUnsafe(ref br, o);
                        si.StoreUnsafe(ref bi, o);
                        if (i == lc - Vector<float>.Count)
                        {
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>Any radix, one lane at a time: for lane runs narrower than a vector.</summary>
    private static void RadixScalar(
        FftPass pass, float[] xr, float[] xi, float[] yr, float[] yi, int lanes, int l0, int lc)
    {
        int p = pass.Radix, m = pass.M, s = pass.Stride;
        for (var j = 0; j < m; j++)
        {
            for (var q = 0; q < s; q++)
            {
                var i0 = ((q + (s * j)) * lanes) + l0;
                var o0 = ((q + (s * p * j)) * lanes) + l0;
                for (var r = 0; r < p; r++)
                {
                    for (var i = 0; i < lc; i++)
                    {
                        float sr = 0, si = 0;
                        for (var t = 0; t < p; t++)
                        {
                            var at = i0 + (t * m * s * lanes) + i;
                            float cr = pass.RootRe[t * r % p], ci = pass.RootIm[t * r % p];
                            sr += (xr[at] * cr) - (xi[at] * ci);
                            si += (xr[at] * ci) + (xi[at] * cr);
                        }

                        if (r > 0)
                        {
                            var w = (j * (p - 1)) + r - 1;
                            var t = (sr * pass.TwiddleRe[w]) - (si * pass.TwiddleIm[w]);
                            si = (sr * pass.TwiddleIm[w]) + (si * pass.TwiddleRe[w]);
                            sr = t;
                        }

                        var o = o0 + (r * s * lanes) + i;
                        yr[o] = sr;
                        yi[o] = si;
                    }
                }
            }
        }
    }
}
