using ChronoMid.Evaluation.Reports;
using ScottPlot;
using SkiaSharp;

namespace ChronoMid.Cli.Figures;

/// <summary>
/// Draws the report's figures as PNG files with ScottPlot: sample images, training curves, confusion matrices
/// and accuracy per week. Every method takes plain data and writes its file atomically.
/// </summary>
internal static partial class FigureWriter
{
    private static readonly string[] SansSerifFamilies = ["DejaVu Sans", "Liberation Sans", "Lato", "Arial"];

    /// <summary>Draws every figure an experiment summary supports into a folder.</summary>
    /// <param name="summary">The summary; its run records give the training curves.</param>
    /// <param name="folder">The folder, created if needed.</param>
    /// <returns>The full paths of the PNG files written.</returns>
    public static IReadOnlyList<string> WriteAll(ExperimentSummary summary, string folder)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var model in summary.Models)
        {
            foreach (var budget in model.Budgets)
            {
                var suffix = $"{Slug(model.Name)}-{budget.EpochBudget}ep.png";
                var histories = summary.Runs
                    .Where(r => r.Model == model.Name && r.EpochBudget == budget.EpochBudget
                        && r.Status == RunStatus.Completed && r.History.Count > 0)
                    .Select(r => r.History).ToArray();
                if (histories.Length > 0)
                {
                    var path = Path.Combine(folder, "curves-" + suffix);
                    WriteTrainingCurves(path, $"{model.Name}, {budget.EpochBudget} epochs", histories);
                    written.Add(Path.GetFullPath(path));
                }

                if (budget.Confusion is not null)
                {
                    var path = Path.Combine(folder, "confusion-" + suffix);
                    WriteConfusion(path, $"{model.Name}, {budget.EpochBudget} epochs ({budget.Runs} runs summed)",
                        budget.Confusion);
                    written.Add(Path.GetFullPath(path));
                }
            }
        }

        var weeks = summary.Models.SelectMany(m => m.Budgets.Where(b => b.PerWeek.Count > 0)
            .Select(b => ($"{m.Name}, {b.EpochBudget} ep.", b.PerWeek))).ToArray();
        if (weeks.Length > 0)
        {
            var path = Path.Combine(folder, "accuracy-per-week.png");
            WritePerWeekAccuracy(path, weeks, summary.Classes.Count);
            written.Add(Path.GetFullPath(path));
        }

        return written;
    }

    /// <summary>Turns a model name such as <c>X-CNN, abs. diff.</c> into a file-name part.</summary>
    /// <param name="name">The model name.</param>
    /// <returns>Lower-case letters and digits separated by single hyphens.</returns>
    public static string Slug(string name)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        return text.ToString().TrimEnd('-');
    }

    /// <summary>
    /// Picks a sans-serif font the machine has for every label; without one ScottPlot's default family is missing
    /// on Linux and Skia falls back to whatever it finds first. Text needs at least one font installed (on Debian,
    /// the fonts-dejavu-core package).
    /// </summary>
    private static void UseReadableFont(Plot plot)
    {
        var installed = SKFontManager.Default.GetFontFamilies();
        var family = SansSerifFamilies.FirstOrDefault(name => installed.Contains(name, StringComparer.Ordinal));
        if (family is not null)
        {
            plot.Font.Set(family);
        }
    }

    /// <summary>Renders plots into a grid of equal cells and writes the PNG atomically.</summary>
    private static void Save(string path, Plot[] plots, int columns, int cellWidth, int cellHeight)
    {
        var rows = (plots.Length + columns - 1) / columns;
        using var surface = SKSurface.Create(new SKImageInfo(columns * cellWidth, rows * cellHeight));
        surface.Canvas.Clear(SKColors.White);
        for (var i = 0; i < plots.Length; i++)
        {
            // Each plot is rendered on its own: a plot rendering into part of a shared canvas clears all of it.
            UseReadableFont(plots[i]);
            using var cell = SKBitmap.Decode(plots[i].GetImageBytes(cellWidth, cellHeight, ImageFormat.Png));
            surface.Canvas.DrawBitmap(cell, i % columns * cellWidth, i / columns * cellHeight);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        ReportWriter.WriteAtomically(Path.GetFullPath(path), png.AsSpan());
    }
}
