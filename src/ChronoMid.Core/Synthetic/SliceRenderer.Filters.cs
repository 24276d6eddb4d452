namespace ChronoMid.Synthetic;

/// <summary>Separable Gaussian blur and the noise-and-quantise step.</summary>
internal static partial class SliceRenderer
{
    private static float[] Blur(float[] source, int rows, int columns, float sigma, int maxDegreeOfParallelism)
    {
        var radius = Math.Max(1, (int)MathF.Ceiling(3 * sigma));
        var kernel = new float[(2 * radius) + 1];
        var sum = 0f;
        for (var i = -radius; i <= radius; i++)
        {
            kernel[i + radius] = MathF.Exp(-(i * i) / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }

        for (var i = 0; i < kernel.Length; i++)
        {
            kernel[i] /= sum;
        }

        // Edges repeat the border pixel, so the crop's outermost rows are not darkened.
        var across = new float[source.Length];
        ForEachRowChunk(rows, maxDegreeOfParallelism, (first, last) =>
        {
            for (var row = first; row < last; row++)
            {
                var offset = row * columns;
                for (var column = 0; column < columns; column++)
                {
                    var total = 0f;
                    for (var k = -radius; k <= radius; k++)
                    {
                        total += kernel[k + radius] * source[offset + Math.Clamp(column + k, 0, columns - 1)];
                    }

                    across[offset + column] = total;
                }
            }
        });

        var result = new float[source.Length];
        ForEachRowChunk(rows, maxDegreeOfParallelism, (first, last) =>
        {
            for (var row = first; row < last; row++)
            {
                var offset = row * columns;
                for (var k = -radius; k <= radius; k++)
                {
                    var weight = kernel[k + radius];
                    var other = Math.Clamp(row + k, 0, rows - 1) * columns;
                    for (var column = 0; column < columns; column++)
                    {
                        result[offset + column] += weight * across[other + column];
                    }
                }
            }
        });

        return result;
    }

    /// <summary>Adds seeded Gaussian noise and rounds to the stored 16-bit grid.</summary>
    private sealed class Quantiser(PhantomRenderSettings settings, ulong sliceSeed, int columns)
    {
        private readonly float _sigma = (float)settings.NoiseStandardDeviation;
        private readonly double _slope = settings.RescaleSlope;
        private readonly double _intercept = settings.RescaleIntercept;

        public void Apply(float[] density, short[] stored, float[] values, int firstRow, int lastRow)
        {
            for (var row = firstRow; row < lastRow; row++)
            {
                var offset = row * columns;

                // One hash gives two normal values (Box–Muller's pair): pixels 2k and 2k + 1 of the row.
                for (var column = 0; column < columns; column += 2)
                {
                    var (first, second) = _sigma > 0 ? NormalPair(offset + column) : (0f, 0f);
                    Store(density, stored, values, offset + column, first);
                    if (column + 1 < columns)
                    {
                        Store(density, stored, values, offset + column + 1, second);
                    }
                }
            }
        }

        private void Store(float[] density, short[] stored, float[] values, int i, float normal)
        {
            var noisy = density[i] + (_sigma * normal);
            var level = Math.Clamp(Math.Round((noisy - _intercept) / _slope), short.MinValue, short.MaxValue);
            stored[i] = (short)level;
            values[i] = (float)((level * _slope) + _intercept);
        }

        private (float First, float Second) NormalPair(int pixel)
        {
            var hash = PhantomHash.Combine(sliceSeed, (ulong)pixel);
            var u1 = ((hash >> 40) + 1) * (1.0f / 16777217f);
            var u2 = (hash & 0xFFFFFF) * (1.0f / 16777216f);
            var radius = MathF.Sqrt(-2 * MathF.Log(u1));
            var (sin, cos) = MathF.SinCos(2 * MathF.PI * u2);
            return (radius * cos, radius * sin);
        }
    }
}
