using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ChronoMid.Imaging.Fft;

/// <summary>
/// Moves up to <see cref="Fft2D.BlockLanes"/> image rows into the lanes of a block (element n of lane l at
/// <c>n * <see cref="Fft2D.BlockStride"/> + l</c>) and back, eight rows by eight elements at a time with an
/// AVX register transpose where available.
/// </summary>
internal static class BlockTranspose
{
    private const int Stride = Fft2D.BlockStride;

    /// <summary>
    /// block[n, l] = source[start + l · rowStride + n] for l &lt; rows and n &lt; length; lanes from
    /// <paramref name="rows"/> on are zero.
    /// </summary>
    public static unsafe void In(float[] source, int start, int rowStride, int rows, int length, float[] block)
    {
        if (rows > 0)
        {
            // The last element read must lie inside the source, and the last written inside the block.
            _ = source[start + ((rows - 1) * rowStride) + length - 1];
        }

        _ = block[((length - 1) * Stride) + Fft2D.BlockLanes - 1];
        var row = stackalloc float*[8];
        fixed (float* from = source, to = block)
        {
            for (var l0 = 0; l0 < Fft2D.BlockLanes; l0 += 8)
            {
                var count = Math.Clamp(rows - l0, 0, 8);
                var n = 0;
                if (Avx.IsSupported)
                {
                    for (var t = 0; t < 8; t++)
                    {
                        row[t] = t < count ? from + start + ((l0 + t) * rowStride) : null;
                    }

                    for (; n <= length - 8; n += 8)
                    {
                        Transpose8(
                            Load(row[0], n), Load(row[1], n), Load(row[2], n), Load(row[3], n),
                            Load(row[4], n), Load(row[5], n), Load(row[6], n), Load(row[7], n),
                            to + (n * Stride) + l0, Stride);
                    }
                }

                for (; n < length; n++)
                {
                    for (var t = 0; t < 8; t++)
                    {
                        to[(n * Stride) + l0 + t] = t < count ? from[start + ((l0 + t) * rowStride) + n] : 0;
                    }
                }
            }
        }
    }

    /// <summary>destination[start + l · rowStride + n] = block[n, l] for l &lt; rows and n &lt; length.</summary>
    public static unsafe void Out(float[] block, float[] destination, int start, int rowStride, int rows, int length)
    {
        if (rows <= 0)
        {
            return;
        }

        _ = destination[start + ((rows - 1) * rowStride) + length - 1];
        _ = block[((length - 1) * Stride) + Fft2D.BlockLanes - 1];
        fixed (float* from = block, to = destination)
        {
            for (var l0 = 0; l0 < Fft2D.BlockLanes; l0 += 8)
            {
                var count = Math.Clamp(rows - l0, 0, 8);
                var n = 0;
                if (Avx.IsSupported && count == 8)
                {
                    for (; n <= length - 8; n += 8)
                    {
                        var at = from + (n * Stride) + l0;
                        Transpose8(
                            Avx.LoadVector256(at), Avx.LoadVector256(at + Stride),
                            Avx.LoadVector256(at + (2 * Stride)), Avx.LoadVector256(at + (3 * Stride)),
                            Avx.LoadVector256(at + (4 * Stride)), Avx.LoadVector256(at + (5 * Stride)),
                            Avx.LoadVector256(at + (6 * Stride)), Avx.LoadVector256(at + (7 * Stride)),
                            to + start + (l0 * rowStride) + n, rowStride);
                    }
                }

                for (; n < length; n++)
                {
                    for (var t = 0; t < count; t++)
                    {
                        to[start + ((l0 + t) * rowStride) + n] = from[(n * Stride) + l0 + t];
                    }
                }
            }
        }
    }

    private static unsafe Vector256<float> Load(float* row, int n) =>
        row == null ? Vector256<float>.Zero : Avx.LoadVector256(row + n);

    /// <summary>Stores the transpose of the 8 × 8 block whose rows are r0 … r7, its rows stride apart.</summary>
    private static unsafe void Transpose8(
        Vector256<float> r0, Vector256<float> r1, Vector256<float> r2, Vector256<float> r3, Vector256<float> r4,
        Vector256<float> r5, Vector256<float> r6, Vector256<float> r7, float* to, int stride)
    {
        var t0 = Avx.UnpackLow(r0, r1);
        var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3);
        var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5);
        var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7);
        var t7 = Avx.UnpackHigh(r6, r7);
        var s0 = Avx.Shuffle(t0, t2, 0x44);
        var s1 = Avx.Shuffle(t0, t2, 0xEE);
        var s2 = Avx.Shuffle(t1, t3, 0x44);
        var s3 = Avx.Shuffle(t1, t3, 0xEE);
        var s4 = Avx.Shuffle(t4, t6, 0x44);
        var s5 = Avx.Shuffle(t4, t6, 0xEE);
        var s6 = Avx.Shuffle(t5, t7, 0x44);
        var s7 = Avx.Shuffle(t5, t7, 0xEE);
        Avx.Store(to, Avx.Permute2x128(s0, s4, 0x20));
        Avx.Store(to + stride, Avx.Permute2x128(s1, s5, 0x20));
        Avx.Store(to + (2 * stride), Avx.Permute2x128(s2, s6, 0x20));
        Avx.Store(to + (3 * stride), Avx.Permute2x128(s3, s7, 0x20));
        Avx.Store(to + (4 * stride), Avx.Permute2x128(s0, s4, 0x31));
        Avx.Store(to + (5 * stride), Avx.Permute2x128(s1, s5, 0x31));
        Avx.Store(to + (6 * stride), Avx.Permute2x128(s2, s6, 0x31));
        Avx.Store(to + (7 * stride), Avx.Permute2x128(s3, s7, 0x31));
    }
}
