using System.Globalization;

namespace ChronoMid.Evaluation.Reports;

/// <summary>How numbers appear in human-readable tables: invariant culture, "mean ± SD", a dash for none.</summary>
internal static class ReportFormat
{
    /// <summary>The text of a cell without a value (a budget a model was not run with, or no completed run).</summary>
    public const string Missing = "–";

    public static string Number(double value, int decimals) => double.IsNaN(value)
        ? Missing
        : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Integer(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string MeanSd(MeanAndDeviation statistic, int decimals) => statistic.Count == 0
        ? Missing
        : $"{Number(statistic.Mean, decimals)} ± {Number(statistic.StandardDeviation, decimals)}";

    /// <summary>Writes a number for a machine: round-trippable, invariant, empty for NaN.</summary>
    public static string Raw(double value) =>
        double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

    public static string Epochs(int budget) => budget == 1 ? "1 epoch" : $"{Integer(budget)} epochs";

    public static string Runs(int runs) => runs == 1 ? "1 run" : $"{Integer(runs)} runs";
}
