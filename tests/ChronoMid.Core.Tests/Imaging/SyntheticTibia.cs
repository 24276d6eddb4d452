using ChronoMid.Imaging;

namespace ChronoMid.Tests.Imaging;

/// <summary>A tibia-like test slice: a cortical ring on a dark background, marrow texture and seeded noise.</summary>
internal static class SyntheticTibia
{
    public static ImageSlice Create(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var pixels = new float[rows * columns];
        double cy = rows * 0.5, cx = columns * 0.47, ry = rows * 0.3, rx = columns * 0.28;
        for (var y = 0; y < rows; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                var r = Math.Sqrt(Math.Pow((y - cy) / ry, 2) + Math.Pow((x - cx) / rx, 2));
                var value = 120 + (1700 * Math.Exp(-Math.Pow((r - 1) / 0.12, 2)));
                value += r < 0.85 ? 300 * (0.5 + (0.5 * Math.Sin(x * 0.9) * Math.Cos(y * 0.7))) : 0;
                value += 25 * (random.NextDouble() - 0.5) * 2;
                pixels[(y * columns) + x] = (float)value;
            }
        }

        return ImageSlice.TakeOwnership(rows, columns, pixels);
    }

    public static ImageSlice AddNoise(ImageSlice slice, double amplitude, int seed)
    {
        var random = new Random(seed);
        var pixels = slice.ToArray();
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] += (float)(amplitude * (random.NextDouble() - 0.5) * 2);
        }

        return ImageSlice.TakeOwnership(slice.Rows, slice.Columns, pixels);
    }
}
