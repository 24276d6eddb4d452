using System.Globalization;
using ChronoMid.Evaluation;
using ScottPlot;

namespace ChronoMid.Cli.Figures;

/// <content>Confusion matrix heatmaps.</content>
internal static partial class FigureWriter
{
    /// <summary>
    /// Draws a confusion matrix as a heatmap coloured by each row's share (recall), with the count and the share
    /// written in every cell; rows are actual classes, columns predicted ones.
    /// </summary>
    /// <param name="path">The PNG file to write.</param>
    /// <param name="title">What the matrix is of, e.g. <c>CNN, 5 epochs (3 runs summed)</c>.</param>
    /// <param name="matrix">The matrix.</param>
    public static void WriteConfusion(string path, string title, ConfusionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var n = matrix.Classes.Count;
        var shares = new double[n, n];
        for (var actual = 0; actual < n; actual++)
        {
            var support = matrix.Support(actual);
            for (var predicted = 0; predicted < n; predicted++)
            {
                shares[actual, predicted] = support == 0 ? double.NaN : 100.0 * matrix[actual, predicted] / support;
            }
        }

        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(shares);
        heatmap.Colormap = new ScottPlot.Colormaps.Reversed(new ScottPlot.Colormaps.Blues());
        heatmap.ManualRange = new ScottPlot.Range(0, 100);

        // Cell centres on whole numbers; the first row (actual class 0) on top, as the paper's Table 3 reads.
        heatmap.Extent = new CoordinateRect(-0.5, n - 0.5, -0.5, n - 0.5);
        for (var actual = 0; actual < n; actual++)
        {
            for (var predicted = 0; predicted < n; predicted++)
            {
                var share = shares[actual, predicted];
                var text = plot.Add.Text(
                    $"{matrix[actual, predicted].ToString(CultureInfo.InvariantCulture)}\n" +
                    $"({(double.IsNaN(share) ? "–" : share.ToString("F1", CultureInfo.InvariantCulture))} %)",
                    predicted, n - 1 - actual);
                text.LabelAlignment = Alignment.MiddleCenter;
                text.LabelFontSize = 18;
                text.LabelFontColor = share > 60 ? Colors.White : Colors.Black;
            }
        }

        var positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, matrix.Classes.ToArray());
        plot.Axes.Left.SetTicks(positions, matrix.Classes.Reverse().ToArray());
        plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
        plot.XLabel("Predicted class");
        plot.YLabel("Actual class");
        plot.Title($"Confusion matrix, {title}");
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "Share of actual class / %";
        Save(path, [plot], 1, 640, 560);
    }
}
