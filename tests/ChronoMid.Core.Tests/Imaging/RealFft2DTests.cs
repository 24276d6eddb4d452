using ChronoMid.Imaging.Fft;

namespace ChronoMid.Tests.Imaging;

public sealed class RealFft2DTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 8, 2)]
    [InlineData(4, 3, 2)]
    [InlineData(7, 5, 1)]
    [InlineData(17, 11, 2)]
    [InlineData(33, 70, 2)]
    [InlineData(35, 33, 1)]
    [InlineData(109, 167, 2)]
    [InlineData(501, 763, 2)]
    [InlineData(512, 768, 1)]
    public void ForwardReal_RandomImage_MatchesComplexTransform(int rows, int columns, int threads)
    {
        var fft = new Fft2D(rows, columns, threads);
        var image = RandomImage(rows, columns);
        var re = (float[])image.Clone();
        var im = new float[image.Length];
        fft.Transform(re, im, inverse: false);

        var halfRe = new float[fft.HalfCount];
        var halfIm = new float[fft.HalfCount];
        fft.ForwardReal(image, halfRe, halfIm);

        var tolerance = 2e-5 * Math.Sqrt(rows * columns) * 1000;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < fft.HalfColumns; c++)
            {
                int full = (r * columns) + c, half = (r * fft.HalfColumns) + c;
                // The DC term is the pixel sum (about 2e8 at 512 × 768): allow a few float32 ulps of it.
                var allowed = tolerance + (1e-6 * Math.Abs(re[full]));
                Assert.True(Math.Abs(halfRe[half] - re[full]) < allowed, $"({r}, {c}) re {halfRe[half]} vs {re[full]}");
                Assert.True(Math.Abs(halfIm[half] - im[full]) < allowed, $"({r}, {c}) im {halfIm[half]} vs {im[full]}");
            }
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(7, 109)]
    [InlineData(17, 11)]
    [InlineData(64, 96)]
    [InlineData(167, 6)]
    [InlineData(501, 763)]
    public void InverseReal_OfForwardReal_RestoresImage(int rows, int columns)
    {
        var fft = new Fft2D(rows, columns, maxDegreeOfParallelism: 2);
        var image = RandomImage(rows, columns);
        var halfRe = new float[fft.HalfCount];
        var halfIm = new float[fft.HalfCount];
        var restored = new float[image.Length];

        fft.ForwardReal(image, halfRe, halfIm);
        fft.InverseReal(halfRe, halfIm, restored);

        var n = rows * columns;
        for (var i = 0; i < image.Length; i++)
        {
            Assert.True(Math.Abs((restored[i] / n) - image[i]) < 0.02, $"pixel {i}: {restored[i] / n} vs {image[i]}");
        }
    }

    [Theory]
    [InlineData(7, 5)]
    [InlineData(6, 8)]
    [InlineData(9, 109)]
    public void InverseReal_HermitianSpectrum_MatchesDirectInverseDft(int rows, int columns)
    {
        // The spectrum of a real image, inverted by a direct sum over the full (Hermitian) spectrum.
        var fft = new Fft2D(rows, columns, maxDegreeOfParallelism: 1);
        var image = RandomImage(rows, columns);
        var re = (float[])image.Clone();
        var im = new float[image.Length];
        fft.Transform(re, im, inverse: false);
        var halfRe = new float[fft.HalfCount];
        var halfIm = new float[fft.HalfCount];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < fft.HalfColumns; c++)
            {
                halfRe[(r * fft.HalfColumns) + c] = re[(r * columns) + c];
                halfIm[(r * fft.HalfColumns) + c] = im[(r * columns) + c];
            }
        }

        var output = new float[image.Length];
        fft.InverseReal(halfRe, halfIm, output);

        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                double sum = 0;
                for (var r = 0; r < rows; r++)
                {
                    for (var c = 0; c < columns; c++)
                    {
                        var angle = 2 * Math.PI * ((((double)r * y) / rows) + (((double)c * x) / columns));
                        sum += (re[(r * columns) + c] * Math.Cos(angle)) - (im[(r * columns) + c] * Math.Sin(angle));
                    }
                }

                Assert.True(Math.Abs(output[(y * columns) + x] - sum) < 1e-3 * rows * columns,
                    $"({y}, {x}): {output[(y * columns) + x]} vs {sum}");
            }
        }
    }

    private static float[] RandomImage(int rows, int columns)
    {
        var random = new Random((rows * 7919) + columns);
        var image = new float[rows * columns];
        for (var i = 0; i < image.Length; i++)
        {
            image[i] = (float)(random.NextDouble() * 1000);
        }

        return image;
    }
}
