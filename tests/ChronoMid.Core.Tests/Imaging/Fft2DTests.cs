using ChronoMid.Imaging.Fft;

namespace ChronoMid.Tests.Imaging;

public sealed class Fft2DTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 8)]
    [InlineData(4, 3)]
    [InlineData(12, 20)]
    [InlineData(7, 5)]
    [InlineData(17, 11)]
    [InlineData(33, 70)]
    [InlineData(101, 9)]
    public void Transform_RandomBlock_MatchesDirectDft(int rows, int columns)
    {
        var random = new Random(rows * 1000 + columns);
        var re = new float[rows * columns];
        var im = new float[rows * columns];
        for (var i = 0; i < re.Length; i++)
        {
            re[i] = (float)(random.NextDouble() - 0.5);
            im[i] = (float)(random.NextDouble() - 0.5);
        }

        var (expectedRe, expectedIm) = DirectDft(re, im, rows, columns);
        var fft = new Fft2D(rows, columns, maxDegreeOfParallelism: 2);
        fft.Transform(re, im, inverse: false);

        var scale = Math.Sqrt(rows * columns);
        for (var i = 0; i < re.Length; i++)
        {
            Assert.True(Math.Abs(re[i] - expectedRe[i]) < 2e-5 * scale, $"re[{i}] {re[i]} vs {expectedRe[i]}");
            Assert.True(Math.Abs(im[i] - expectedIm[i]) < 2e-5 * scale, $"im[{i}] {im[i]} vs {expectedIm[i]}");
        }
    }

    [Theory]
    [InlineData(64, 96)]
    [InlineData(501, 763)]
    public void Transform_ForwardThenInverse_RestoresInput(int rows, int columns)
    {
        var random = new Random(5);
        var re = new float[rows * columns];
        var im = new float[rows * columns];
        for (var i = 0; i < re.Length; i++)
        {
            re[i] = (float)(random.NextDouble() * 2000);
        }

        var original = (float[])re.Clone();
        var fft = new Fft2D(rows, columns, maxDegreeOfParallelism: 2);
        fft.Transform(re, im, inverse: false);
        fft.Transform(re, im, inverse: true);

        var n = rows * columns;
        for (var i = 0; i < re.Length; i++)
        {
            Assert.True(Math.Abs((re[i] / n) - original[i]) < 0.02, $"re[{i}] {re[i] / n} vs {original[i]}");
            Assert.True(Math.Abs(im[i] / n) < 0.02, $"im[{i}] {im[i] / n}");
        }
    }

    private static (double[] Re, double[] Im) DirectDft(float[] re, float[] im, int rows, int columns)
    {
        var outRe = new double[re.Length];
        var outIm = new double[re.Length];
        for (var k = 0; k < rows; k++)
        {
            for (var l = 0; l < columns; l++)
            {
                double sr = 0, si = 0;
                for (var r = 0; r < rows; r++)
                {
                    for (var c = 0; c < columns; c++)
                    {
                        var angle = -2 * Math.PI * ((((double)k * r) / rows) + (((double)l * c) / columns));
                        var x = re[(r * columns) + c];
                        var y = im[(r * columns) + c];
                        sr += (x * Math.Cos(angle)) - (y * Math.Sin(angle));
                        si += (x * Math.Sin(angle)) + (y * Math.Cos(angle));
                    }
                }

                outRe[(k * columns) + l] = sr;
                outIm[(k * columns) + l] = si;
            }
        }

        return (outRe, outIm);
    }
}
