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
                for (var k = 0; k < columns; k++)
                {
                    // Columns past the middle are conjugates of the kept ones; columns 0 and columns / 2 are
                    // their own mirror images, so only their real parts count.
                    var mirrored = k >= half;
                    var kept = mirrored ? columns - k : k;
                    var selfMirror = k == 0 || 2 * k == columns;
                    float ar = 0, ai = 0, br = 0, bi = 0;
                    if (ra < Rows)
                    {
                        ar = spectrumRe[(ra * half) + kept];
                        ai = selfMirror ? 0 : mirrored ? -spectrumIm[(ra * half) + kept] : spectrumIm[(ra * half) + kept];
                    }

                    if (rb < Rows)
                    {
                        br = spectrumRe[(rb * half) + kept];
                        bi = selfMirror ? 0 : mirrored ? -spectrumIm[(rb * half) + kept] : spectrumIm[(rb * half) + kept];
                    }

                    zr[(k * BlockStride) + l] = ar - bi;
                    zi[(k * BlockStride) + l] = ai + br;
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
