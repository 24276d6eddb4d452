namespace ChronoMid.Imaging.Fft;

/// <summary>
/// One decimation-in-frequency Stockham pass: sub-length n = radix · m, stride s. Output element
/// <c>q + s · (radix · j + r)</c> is <c>(Σ_t x[q + s · (j + t · m)] · ω_radix^(t r)) · ω_n^(j r)</c>.
/// </summary>
internal sealed class FftPass
{
    public FftPass(int radix, int subLength, int stride)
    {
        Radix = radix;
        M = subLength / radix;
        Stride = stride;
        // Twiddles ω_n^(j r) for j < m and 1 <= r < radix, computed in double and stored as float.
        TwiddleRe = new float[M * (radix - 1)];
        TwiddleIm = new float[M * (radix - 1)];
        for (var j = 0; j < M; j++)
        {
            for (var r = 1; r < radix; r++)
            {
                var angle = -2.0 * Math.PI * ((long)j * r % subLength) / subLength;
                TwiddleRe[(j * (radix - 1)) + r - 1] = (float)Math.Cos(angle);
                TwiddleIm[(j * (radix - 1)) + r - 1] = (float)Math.Sin(angle);
            }
        }

        RootRe = new float[radix];
        RootIm = new float[radix];
        for (var k = 0; k < radix; k++)
        {
            RootRe[k] = (float)Math.Cos(-2.0 * Math.PI * k / radix);
            RootIm[k] = (float)Math.Sin(-2.0 * Math.PI * k / radix);
        }
    }

    public int Radix { get; }

    public int M { get; }

    public int Stride { get; }

    public float[] TwiddleRe { get; }

    public float[] TwiddleIm { get; }

    public float[] RootRe { get; }

    public float[] RootIm { get; }
}
