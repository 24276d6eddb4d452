using ScottPlot;

namespace ChronoMid.Cli.Figures;

/// <content>Comparison image, aligned reference and difference map, side by side.</content>
internal static partial class FigureWriter
{
    /// <summary>
    /// Draws, for each sample, its comparison image, its aligned reference (comparison − difference map) and its
    /// difference map side by side. The two images share one grey scale (from the lowest to the highest value of
    /// both); the difference map has its own scale, symmetric about zero.
    /// </summary>
    /// <param name="path">The PNG file to write.</param>
    /// <param name="samples">The samples, one row of panels each; at least one.</param>
    /// <exception cref="ArgumentException">No samples, or a sample whose arrays do not match its size.</exception>
    public static void WriteSamples(string path, IReadOnlyList<SampleImages> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("Expected at least one sample to draw.", nameof(samples));
        }

        var plots = new List<Plot>();
        var cellWidth = 520;
        var cellHeight = 0;
        foreach (var sample in samples)
        {
            var expected = sample.Rows * sample.Columns;
            if (sample.Comparison.Length != expected || sample.Difference.Length != expected)
            {
                throw new ArgumentException($"Sample of subject {sample.Subject}, week {sample.Week} is " +
                    $"{sample.Rows} × {sample.Columns} pixels ({expected} values) but holds " +
                    $"{sample.Comparison.Length} image and {sample.Difference.Length} difference values.",
                    nameof(samples));
            }

            var reference = sample.AlignedReference();
            var shared = sample.ReferenceWeek is null ? sample.Comparison : [.. sample.Comparison, .. reference];
            var low = shared.Min();
            var high = shared.Max();
            var extreme = Math.Max(Math.Abs(sample.Difference.Min()), Math.Abs(sample.Difference.Max()));
            var referenceText = sample.ReferenceWeek is { } week ? $"week {week}" : "none (first timepoint)";
            plots.Add(Image(sample, sample.Comparison, new ScottPlot.Range(low, high),
                new ScottPlot.Colormaps.Grayscale(), $"{sample.Subject}, week {sample.Week}: comparison image",
                "Modality value"));
            // At the first timepoint the difference map is a uniform fill, not comparison − reference: there is no
            // reference image to recover, so the panel says so instead of drawing a meaningless subtraction.
            plots.Add(sample.ReferenceWeek is null
                ? NoReference($"{sample.Subject}: aligned reference, {referenceText}")
                : Image(sample, reference, new ScottPlot.Range(low, high), new ScottPlot.Colormaps.Grayscale(),
                    $"{sample.Subject}: aligned reference, {referenceText}", "Modality value"));
            var limit = Math.Max(extreme, 1e-6);
            plots.Add(Image(sample, sample.Difference, new ScottPlot.Range(-limit, limit),
                new ScottPlot.Colormaps.Balance(), $"Difference map ({sample.Channel}), week {sample.Week} − " +
                (sample.ReferenceWeek is { } w ? $"week {w}" : "none"), "Comparison − reference"));

            // Keep pixels square: the cell is as tall as the image is at this width, plus room for the title.
            cellHeight = Math.Max(cellHeight, (int)(cellWidth * 0.8 * sample.Rows / sample.Columns) + 90);
        }

        Save(path, [.. plots], 3, cellWidth, cellHeight);
    }

    private static Plot NoReference(string title)
    {
        var plot = new Plot();
        var text = plot.Add.Text("No reference image at the first timepoint", 0, 0);
        text.LabelAlignment = Alignment.MiddleCenter;
        text.LabelFontSize = 14;
        plot.Axes.SetLimits(-1, 1, -1, 1);
        plot.HideGrid();
        plot.Axes.Frameless();
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Left.IsVisible = false;
        plot.Title(title, 13);
        return plot;
    }

    private static Plot Image(SampleImages sample, float[] values, ScottPlot.Range range, IColormap colormap,
        string title, string unit)
    {
        var grid = new double[sample.Rows, sample.Columns];
        for (var r = 0; r < sample.Rows; r++)
        {
            for (var c = 0; c < sample.Columns; c++)
            {
                grid[r, c] = values[(r * sample.Columns) + c];
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(grid);
        heatmap.Colormap = colormap;
        heatmap.ManualRange = range;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = unit;
        plot.Axes.SquareUnits();
        plot.Axes.Frameless();
        plot.HideGrid();
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Left.IsVisible = false;
        plot.Title(title, 13);
        return plot;
    }
}
