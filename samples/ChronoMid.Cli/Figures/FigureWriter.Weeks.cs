using ChronoMid.Evaluation.Reports;
using ScottPlot;

namespace ChronoMid.Cli.Figures;

/// <content>Accuracy per week since the start.</content>
internal static partial class FigureWriter
{
    /// <summary>
    /// Draws test accuracy against weeks since the start of the study, one line per model (and budget), each point
    /// the mean over runs with its standard deviation as an error bar, and the chance level for reference.
    /// </summary>
    /// <param name="path">The PNG file to write.</param>
    /// <param name="series">Each line's legend text and per-week accuracies.</param>
    /// <param name="classCount">The number of classes, for the chance level (100 / classes %).</param>
    public static void WritePerWeekAccuracy(string path,
        IReadOnlyList<(string Name, IReadOnlyList<WeekSummary> Weeks)> series, int classCount)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            var (name, weeks) = series[i];
            var colour = palette.GetColor(i);

            // Nudge each series sideways a little so error bars at one week do not hide each other.
            var offset = series.Count == 1 ? 0 : 0.3 * ((i / (double)(series.Count - 1)) - 0.5);
            var xs = weeks.Select(w => w.Week + offset).ToArray();
            var ys = weeks.Select(w => 100 * w.Accuracy.Mean).ToArray();
            var errors = weeks.Select(w => double.IsNaN(w.Accuracy.StandardDeviation)
                ? 0 : 100 * w.Accuracy.StandardDeviation).ToArray();
            var bars = plot.Add.ErrorBar(xs, ys, errors);
            bars.Color = colour;
            var line = plot.Add.Scatter(xs, ys, colour);
            line.LegendText = name;
            line.LineWidth = 2;
            line.MarkerSize = 8;
        }

        if (classCount > 1)
        {
            var chance = plot.Add.HorizontalLine(100.0 / classCount);
            chance.LinePattern = LinePattern.Dashed;
            chance.Color = Colors.Gray;
            chance.LegendText = "chance";
        }

        var weekTicks = series.SelectMany(s => s.Weeks).Select(w => w.Week).Distinct().Order().ToArray();
        plot.Axes.Bottom.SetTicks(weekTicks.Select(w => (double)w).ToArray(),
            weekTicks.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.SetLimitsY(0, 102);
        plot.Title("Test accuracy per week since the start (mean ± SD over runs)");
        plot.XLabel("Week since the start of the study");
        plot.YLabel("Accuracy / %");
        plot.ShowLegend(Alignment.LowerRight);
        Save(path, [plot], 1, 900, 560);
    }
}
