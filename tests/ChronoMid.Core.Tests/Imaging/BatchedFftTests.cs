using ChronoMid.Imaging.Fft;

namespace ChronoMid.Tests.Imaging;

public sealed class BatchedFftTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(16)]
    [InlineData(109)]
    [InlineData(167)]
    [InlineData(501)]
    [InlineData(512)]
    [InlineData(763)]
    [InlineData(1024)]
    public void Transform_BlockOfSixteenLanes_MatchesDirectDft(int length)
    {
        const int Lanes = Fft2D.BlockLanes;
        const int Stride = Fft2D.BlockStride;
        var plan = FftPlan.Create(length);
        var scratch = new FftScratch(length, plan.WorkRows, Stride);
        var random = new Random(length);
        for (var i = 0; i < length * Stride; i++)
        {
            scratch.DataRe[i] = (float)(random.NextDouble() - 0.5);
            scratch.DataIm[i] = (float)(random.NextDouble() - 0.5);
        }

        foreach (var inverse in new[] { false, true })
        {
            var re = (float[])scratch.DataRe.Clone();
            var im = (float[])scratch.DataIm.Clone();
            BatchedFft.Transform(plan, scratch.DataRe, scratch.DataIm, scratch.WorkRe, scratch.WorkIm, Stride, 0,
                Lanes, inverse, scratch.Work2Re, scratch.Work2Im);

            var tolerance = 2e-5 * Math.Sqrt(length) * Math.Log2(length + 1);
            foreach (var lane in new[] { 0, 7, 8, Lanes - 1 })
            {
                for (var k = 0; k < length; k++)
                {
                    var (expectedRe, expectedIm) = DirectDft(re, im, length, Stride, lane, k, inverse);
                    var at = (k * Stride) + lane;
                    Assert.True(Math.Abs(scratch.DataRe[at] - expectedRe) < tolerance,
                        $"inverse {inverse}, lane {lane}, k {k}: re {scratch.DataRe[at]} vs {expectedRe}");
                    Assert.True(Math.Abs(scratch.DataIm[at] - expectedIm) < tolerance,
                        $"inverse {inverse}, lane {lane}, k {k}: im {scratch.DataIm[at]} vs {expectedIm}");
                }
            }

            for (var i = 0; i < length * Stride; i++)
            {
                scratch.DataRe[i] = re[i];
                scratch.DataIm[i] = im[i];
            }
        }
    }

    private static (double Re, double Im) DirectDft(
        float[] re, float[] im, int length, int lanes, int lane, int k, bool inverse)
    {
        double sr = 0, si = 0;
        var sign = inverse ? 1 : -1;
        for (var n = 0; n < length; n++)
        {
            var angle = sign * 2 * Math.PI * ((long)k * n % length) / length;
            double x = re[(n * lanes) + lane], y = im[(n * lanes) + lane];
            sr += (x * Math.Cos(angle)) - (y * Math.Sin(angle));
            si += (x * Math.Sin(angle)) + (y * Math.Cos(angle));
        }

        return (sr, si);
    }
}
