using ChronoMid.Evaluation.Reports;
using ScottPlot;

namespace ChronoMid.Cli.Figures;

/// <content>Training and validation curves.</content>
internal static partial class FigureWriter
{
    /// <summary>
    /// Draws loss and accuracy per epoch, training and validation, for the runs of one model: each run as a thin
    /// line and the mean over runs as a thick one.
    /// </summary>
    /// <param name="path">The PNG file to write.</param>
    /// <param name="title">The model and budget, e.g. <c>CNN, 5 epochs</c>.</param>
    /// <param name="runs">Each run's per-epoch history.</param>
    public static void WriteTrainingCurves(string path, string title, IReadOnlyList<IReadOnlyList<EpochRecord>> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var loss = new Plot();
        var accuracy = new Plot();
        Curves(loss, runs, e => e.TrainingLoss, e => e.ValidationLoss);
        Curves(accuracy, runs, e => 100 * e.TrainingAccuracy, e => 100 * e.ValidationAccuracy);
        loss.Title($"Loss, {title}");
        loss.YLabel("Cross-entropy loss");
        accuracy.Title($"Accuracy, {title}");
        accuracy.YLabel("Accuracy / %");
        accuracy.Axes.SetLimitsY(0, 100);
        var epochs = runs.SelectMany(r => r).Select(e => e.Epoch).Distinct().Order().ToArray();
        foreach (var plot in new[] { loss, accuracy })
        {
            plot.XLabel("Epoch");
            plot.Axes.Bottom.SetTicks(epochs.Select(e => (double)e).ToArray(),
                epochs.Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            plot.ShowLegend(plot == loss ? Alignment.UpperRight : Alignment.LowerRight);
        }

        Save(path, [loss, accuracy], 2, 640, 480);
    }

    private static void Curves(Plot plot, IReadOnlyList<IReadOnlyList<EpochRecord>> runs,
        Func<EpochRecord, double> training, Func<EpochRecord, double> validation)
    {
        var colours = new[] { Colors.C0, Colors.C1 };
        var series = new[] { ("training", training), ("validation", validation) };
        for (var s = 0; s < series.Length; s++)
        {
            var (name, value) = series[s];
            foreach (var run in runs.Where(r => r.Count > 1))
            {
                var line = plot.Add.Scatter(run.Select(e => (double)e.Epoch).ToArray(), run.Select(value).ToArray(),
                    colours[s].WithAlpha(0.3));
                line.MarkerSize = 0;
                line.LineWidth = 1;
            }

            // The mean at each epoch over the runs that reached it; NaN (e.g. no validation) is left out.
            var epochs = runs.SelectMany(r => r).Select(e => e.Epoch).Distinct().Order().ToArray();
            var means = epochs.Select(epoch => runs.SelectMany(r => r).Where(e => e.Epoch == epoch)
                .Select(value).Where(v => !double.IsNaN(v)).DefaultIfEmpty(double.NaN).Average()).ToArray();
            var mean = plot.Add.Scatter(epochs.Select(e => (double)e).ToArray(), means, colours[s]);
            mean.LineWidth = 3;
            mean.MarkerSize = 7;
            mean.LegendText = runs.Count == 1 ? name : $"{name} (mean of {runs.Count} runs)";
        }
    }
}
