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
        ForEachBlock(blocks, (block, scratch) =>
        {
            var r0 = block * 2 * BlockLanes;
            for (var l = 0; l < BlockLanes; l++)
            {
                GatherRealRow(image, r0 + (2 * l), scratch.DataRe, l);
                GatherRealRow(image, r0 + (2 * l) + 1, scratch.DataIm, l);
            }

            TransformBlock(_rowPlan, scratch, inverse: false);
            float[] zr = scratch.DataRe, zi = scratch.DataIm;
            for (var l = 0; l < BlockLanes && r0 + (2 * l) < Rows; l++)
            {
                var a = (r0 + (2 * l)) * half;
                var b = a + half;
                var hasB = r0 + (2 * l) + 1 < Rows;
                for (var k = 0; k < half; k++)
                {
                    // Z = A + iB with A, B the spectra of the two real rows: A = (Z[k] + conj Z[−k]) / 2 and
                    // B = (Z[k] − conj Z[−k]) / 2i.
                    int i = (k * BlockStride) + l, j = ((k == 0 ? 0 : columns - k) * BlockStride) + l;
                    spectrumRe[a + k] = 0.5f * (zr[i] + zr[j]);
                    spectrumIm[a + k] = 0.5f * (zi[i] - zi[j]);
                    if (hasB)
                    {
                        spectrumRe[b + k] = 0.5f * (zi[i] + zi[j]);
                        spectrumIm[b + k] = 0.5f * (zr[j] - zr[i]);
                    }
                }
            }
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
        ForEachBlock(blocks, (block, scratch) =>
        {
            var r0 = block * 2 * BlockLanes;
            float[] zr = scratch.DataRe, zi = scratch.DataIm;
            for (var l = 0; l < BlockLanes; l++)
            {
                int ra = r0 + (2 * l), rb = ra + 1;
                // Z = A + iB over the full row: columns past the middle are conjugates of the kept ones.
                var a = ra < Rows ? spectrumRe.AsSpan(ra * half, half) : default;
                var ai = ra < Rows ? spectrumIm.AsSpan(ra * half, half) : default;
                var b = rb < Rows ? spectrumRe.AsSpan(rb * half, half) : default;
                var bi = rb < Rows ? spectrumIm.AsSpan(rb * half, half) : default;
                for (var k = 0; k < half; k++)
                {
                    float ar = a.IsEmpty ? 0 : a[k], aIm = a.IsEmpty ? 0 : ai[k];
                    float br = b.IsEmpty ? 0 : b[k], bIm = b.IsEmpty ? 0 : bi[k];
                    zr[(k * BlockStride) + l] = ar - bIm;
                    zi[(k * BlockStride) + l] = aIm + br;
                    if (k > 0 && columns - k >= half)
                    {
                        // Column −k holds conj A[k] + i conj B[k].
                        zr[((columns - k) * BlockStride) + l] = ar + bIm;
                        zi[((columns - k) * BlockStride) + l] = br - aIm;
                    }
                }

                // Columns 0 and columns / 2 are their own mirror images, so only their real parts count.
                SelfMirror(zr, zi, a, b, 0, l);
                if (columns % 2 == 0)
                {
                    SelfMirror(zr, zi, a, b, half - 1, l);
                }
            }

            TransformBlock(_rowPlan, scratch, inverse: true);
            for (var l = 0; l < BlockLanes; l++)
            {
                int ra = r0 + (2 * l), rb = ra + 1;
                if (ra < Rows)
                {
                    ScatterRow(zr, l, image, ra * columns);
                }

                if (rb < Rows)
                {
                    ScatterRow(zi, l, image, rb * columns);
                }
            }
        });
    }

    /// <summary>Sets Z[k] = Re A[k] + i Re B[k] for a column that is its own mirror image.</summary>
    private static void SelfMirror(float[] zr, float[] zi, ReadOnlySpan<float> a, ReadOnlySpan<float> b, int k, int l)
    {
        zr[(k * BlockStride) + l] = a.IsEmpty ? 0 : a[k];
        zi[(k * BlockStride) + l] = b.IsEmpty ? 0 : b[k];
    }

    /// <summary>Gathers image row <paramref name="row"/> into lane l, or zeros past the last row.</summary>
    private void GatherRealRow(float[] image, int row, float[] block, int lane)
    {
        if (row < Rows)
        {
            GatherRow(image, row * Columns, block, lane);
        }
        else
        {
            ClearLane(block, Columns, lane);
        }
    }
}
