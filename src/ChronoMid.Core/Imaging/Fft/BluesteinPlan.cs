namespace ChronoMid.Imaging.Fft;

/// <summary>
/// Bluestein's chirp-z form of a DFT of any length n: X = c · (IDFT_M(DFT_M(x · c) · B)), with the chirp
/// c[k] = exp(-iπ k² / n) and B the DFT of the conjugate chirp wrapped over a 2-3-5-smooth length M ≥ 2n − 1.
/// </summary>
internal sealed class BluesteinPlan
{
    public BluesteinPlan(int length, FftPlan inner)
    {
        Length = length;
        Inner = inner;
        PaddedLength = inner.Length;
        ChirpRe = new float[length];
        ChirpIm = new float[length];
        var bRe = new double[PaddedLength];
        var bIm = new double[PaddedLength];
        for (var k = 0; k < length; k++)
        {
            // k² mod 2n keeps the angle small and exact for large k.
            var angle = -Math.PI * ((long)k * k % (2L * length)) / length;
            ChirpRe[k] = (float)Math.Cos(angle);
            ChirpIm[k] = (float)Math.Sin(angle);
            bRe[k] = Math.Cos(angle);
            bIm[k] = -Math.Sin(angle);
            if (k > 0)
            {
                bRe[PaddedLength - k] = bRe[k];
                bIm[PaddedLength - k] = bIm[k];
            }
        }

        // B = DFT_M(b), scaled by 1/M so that the inverse transform needs no further scaling.
        FilterRe = new float[PaddedLength];
        FilterIm = new float[PaddedLength];
        var re = new float[PaddedLength];
        var im = new float[PaddedLength];
        for (var k = 0; k < PaddedLength; k++)
        {
            re[k] = (float)bRe[k];
            im[k] = (float)bIm[k];
        }

        BatchedFft.Transform(inner, re, im, new float[PaddedLength], new float[PaddedLength], 1, 0, 1,
            inverse: false);
        for (var k = 0; k < PaddedLength; k++)
        {
            FilterRe[k] = re[k] / PaddedLength;
            FilterIm[k] = im[k] / PaddedLength;
        }

    }

    public int Length { get; }

    public int PaddedLength { get; }

    public FftPlan Inner { get; }

    public float[] ChirpRe { get; }

    public float[] ChirpIm { get; }

    public float[] FilterRe { get; }

    public float[] FilterIm { get; }
}
