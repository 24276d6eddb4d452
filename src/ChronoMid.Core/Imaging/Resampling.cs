namespace ChronoMid.Imaging;

/// <summary>Separable resampling: bilinear where a direction grows, area averaging where it shrinks.</summary>
internal static class Resampling
{
    public static ImageSlice Resample(ImageSlice slice, SliceSize target)
    {
        var columnWeights = Weights(slice.Columns, target.Columns);
        var rowWeights = Weights(slice.Rows, target.Rows);
        var source = slice.Pixels;
        var wide = new float[slice.Rows * target.Columns];
        for (var r = 0; r < slice.Rows; r++)
        {
            var line = source.Slice(r * slice.Columns, slice.Columns);
            for (var c = 0; c < target.Columns; c++)
            {
                double sum = 0;
                foreach (var (index, weight) in columnWeights[c])
                {
                    sum += line[index] * weight;
                }

                wide[(r * target.Columns) + c] = (float)sum;
            }
        }

        var pixels = new float[target.PixelCount];
        var row = new double[target.Columns];
        for (var r = 0; r < target.Rows; r++)
        {
            Array.Clear(row);
            foreach (var (index, weight) in rowWeights[r])
            {
                for (var c = 0; c < target.Columns; c++)
                {
                    row[c] += wide[(index * target.Columns) + c] * weight;
                }
            }

            for (var c = 0; c < target.Columns; c++)
            {
                pixels[(r * target.Columns) + c] = (float)row[c];
            }
        }

        return ImageSlice.TakeOwnership(target.Rows, target.Columns, pixels);
    }

    /// <summary>For each output index, the source indices and weights (summing to 1) that make it.</summary>
    private static (int Index, double Weight)[][] Weights(int source, int target)
    {
        var weights = new (int, double)[target][];
        var ratio = (double)source / target;
        for (var o = 0; o < target; o++)
        {
            if (target >= source)
            {
                var x = Math.Clamp(((o + 0.5) * ratio) - 0.5, 0, source - 1);
                var i0 = (int)Math.Floor(x);
                var i1 = Math.Min(i0 + 1, source - 1);
                var w = x - i0;
                weights[o] = i1 == i0 ? [(i0, 1.0)] : [(i0, 1 - w), (i1, w)];
            }
            else
            {
                double start = o * ratio, end = (o + 1) * ratio;
                var list = new List<(int, double)>();
                for (var i = (int)Math.Floor(start); i < Math.Min(source, (int)Math.Ceiling(end)); i++)
                {
                    var overlap = Math.Min(end, i + 1) - Math.Max(start, i);
                    if (overlap > 1e-12)
                    {
                        list.Add((i, overlap / ratio));
                    }
                }

                weights[o] = [.. list];
            }
        }

        return weights;
    }
}
