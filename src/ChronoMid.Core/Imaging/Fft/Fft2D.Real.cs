using System.Numerics;
using System.Runtime.InteropServices;

namespace ChronoMid.Imaging.Fft;

/// <summary>
/// Real-input transforms: two real rows ride in one complex row transform (one as the real part, one as the
/// imaginary part), and only the columns 0 … columns / 2 of the spectrum are kept and transformed, the rest
/// being their complex conjugates. Each costs about half a complex transform of the same size.
/// </summary>
internal sealed partial class Fft2D
{
    /// <summary>
    /// Transforms a real rows × columns image into the first <see cref="HalfColumns"/> columns of its spectrum
    /// (rows × <see cref="HalfColumns"/>, row-major); the other columns are X[r, c] = conj X[−r, −c].
    /// </summary>
    public void ForwardReal(float[] image, float[] spectrumRe, float[] spectrumIm)
    {
        int half = HalfColumns, columns = Columns;
        var blocks = (((Rows + 1) / 2) + BlockLanes - 1) / BlockLanes;
        ForEachBlock(blocks, (block, s) =>
        {
            // Lane l carries rows r0 + 2l (real part) and r0 + 2l + 1 (imaginary part).
            var r0 = block * 2 * BlockLanes;
            var evenRows = Math.Clamp((Rows - r0 + 1) / 2, 0, BlockLanes);
            var oddRows = Math.Clamp((Rows - r0) / 2, 0, BlockLanes);
            BlockTranspose.In(image, r0 * columns, 2 * columns, evenRows, columns, s.DataRe);
            BlockTranspose.In(image, (r0 + 1) * columns, 2 * columns, oddRows, columns, s.DataIm);
            TransformBlock(_rowPlan, s, inverse: false);
            Split(s, half, columns);
            BlockTranspose.Out(s.WorkRe, spectrumRe, r0 * half, 2 * half, evenRows, half);
            BlockTranspose.Out(s.WorkIm, spectrumIm, r0 * half, 2 * half, evenRows, half);
            BlockTranspose.Out(s.Work2Re, spectrumRe, (r0 + 1) * half, 2 * half, oddRows, half);
            BlockTranspose.Out(s.Work2Im, spectrumIm, (r0 + 1) * half, 2 * half, oddRows, half);
        });

        ColumnPass(spectrumRe, spectrumIm, half, inverse: false);
    }

    /// <summary>
    /// Inverts a half spectrum (overwritten) into a real rows × columns image, unscaled (no 1 / (rows · columns)).
    /// The full spectrum is taken to be Hermitian: the result is the real part of the complex inverse.
    /// </summary>
    public void InverseReal(float[] spectrumRe, float[] spectrumIm, float[] image)
    {
        int half = HalfColumns, columns = Columns;
        ColumnPass(spectrumRe, spectrumIm, half, inverse: true);
        var blocks = (((Rows + 1) / 2) + BlockLanes - 1) / BlockLanes;
        ForEachBlock(blocks, (block, s) =>
        {
            var r0 = block * 2 * BlockLanes;
            var evenRows = Math.Clamp((Rows - r0 + 1) / 2, 0, BlockLanes);
            var oddRows = Math.Clamp((Rows - r0) / 2, 0, BlockLanes);
            BlockTranspose.In(spectrumRe, r0 * half, 2 * half, evenRows, half, s.WorkRe);
            BlockTranspose.In(spectrumIm, r0 * half, 2 * half, evenRows, half, s.WorkIm);
            BlockTranspose.In(spectrumRe, (r0 + 1) * half, 2 * half, oddRows, half, s.Work2Re);
            BlockTranspose.In(spectrumIm, (r0 + 1) * half, 2 * half, oddRows, half, s.Work2Im);
            Merge(s, half, columns);
            TransformBlock(_rowPlan, s, inverse: true);
            BlockTranspose.Out(s.DataRe, image, r0 * columns, 2 * columns, evenRows, columns);
            BlockTranspose.Out(s.DataIm, image, (r0 + 1) * columns, 2 * columns, oddRows, columns);
        });
    }

    /// <summary>
    /// Splits Z = A + iB (the block's data) into the kept columns of A (work) and B (work 2):
    /// A = (Z[k] + conj Z[−k]) / 2 and B = (Z[k] − conj Z[−k]) / 2i, all lanes at once.
    /// </summary>
    private static void Split(FftScratch s, int half, int columns)
    {
        ref var zr = ref MemoryMarshal.GetArrayDataReference(s.DataRe);
        ref var zi = ref MemoryMarshal.GetArrayDataReference(s.DataIm);
        ref var ar = ref MemoryMarshal.GetArrayDataReference(s.WorkRe);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(s.WorkIm);
        ref var br = ref MemoryMarshal.GetArrayDataReference(s.Work2Re);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(s.Work2Im);
        var h = new Vector<float>(0.5f);
        for (var k = 0; k < half; k++)
        {
            for (var l = 0; l < BlockLanes; l += Vector<float>.Count)
            {
                var i = (nuint)((k * BlockStride) + l);
                var j = (nuint)(((k == 0 ? 0 : columns - k) * BlockStride) + l);
                var zrk = Vector.LoadUnsafe(ref zr, i);
                var zik = Vector.LoadUnsafe(ref zi, i);
                var zrj = Vector.LoadUnsafe(ref zr, j);
                var zij = Vector.LoadUnsafe(ref zi, j);
                (h * (zrk + zrj)).StoreUnsafe(ref ar, i);
                (h * (zik - zij)).StoreUnsafe(ref ai, i);
                (h * (zik + zij)).StoreUnsafe(ref br, i);
                (h * (zrj - zrk)).StoreUnsafe(ref bi, i);
            }
        }
    }

    /// <summary>
    /// Builds Z = A + iB over the full row from the kept columns of A (work) and B (work 2): columns past the
    /// middle are conjugates, and columns 0 and columns / 2, their own mirror images, keep only real parts.
    /// </summary>
    private static void Merge(FftScratch s, int half, int columns)
    {
        ref var zr = ref MemoryMarshal.GetArrayDataReference(s.DataRe);
        ref var zi = ref MemoryMarshal.GetArrayDataReference(s.DataIm);
        ref var ar = ref MemoryMarshal.GetArrayDataReference(s.WorkRe);
        ref var ai = ref MemoryMarshal.GetArrayDataReference(s.WorkIm);
        ref var br = ref MemoryMarshal.GetArrayDataReference(s.Work2Re);
        ref var bi = ref MemoryMarshal.GetArrayDataReference(s.Work2Im);
        for (var k = 0; k < half; k++)
        {
            var selfMirror = k == 0 || 2 * k == columns;
            for (var l = 0; l < BlockLanes; l += Vector<float>.Count)
            {
                var i = (nuint)((k * BlockStride) + l);
                var are = Vector.LoadUnsafe(ref ar, i);
                var aim = Vector.LoadUnsafe(ref ai, i);
                var bre = Vector.LoadUnsafe(ref br, i);
                var bim = Vector.LoadUnsafe(ref bi, i);
                if (selfMirror)
                {
                    are.StoreUnsafe(ref zr, i);
                    bre.StoreUnsafe(ref zi, i);
                    continue;
                }

                (are - bim).StoreUnsafe(ref zr, i);
                (aim + bre).StoreUnsafe(ref zi, i);
                // Column −k holds conj A[k] + i conj B[k].
                var j = (nuint)(((columns - k) * BlockStride) + l);
                (are + bim).StoreUnsafe(ref zr, j);
                (bre - aim).StoreUnsafe(ref zi, j);
            }
        }
    }
}
