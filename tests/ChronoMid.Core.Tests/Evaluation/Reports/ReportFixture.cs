using ChronoMid.Evaluation;
using ChronoMid.Evaluation.Reports;
using ChronoMid.Models;

namespace ChronoMid.Tests.Evaluation.Reports;

/// <summary>
/// Two models × two epoch budgets × three runs, one of them failed, with numbers chosen so that every statistic
/// can be computed by hand (the expected values are in the tests).
/// </summary>
internal static class ReportFixture
{
    public static readonly string[] Classes = ["control", "pth"];

    public const string ModelA = "CNN";

    public const string ModelB = "X-CNN, abs. diff.";

    public static IReadOnlyList<RunRecord> Records() =>
    [
        Run(ModelA, 5, 0, [40, 10, 20, 30], Seconds(1, 2, 3, 4, 5), Split((40, 40), (6, 4), (5, 15)),
            ("0", 0.5, 10), ("1", 0.9, 10)),
        Run(ModelA, 5, 1, [45, 5, 15, 35], Seconds(2, 2, 2, 2, 2), Split((35, 35), (5, 5), (10, 10)),
            ("1", 0.7, 20)),
        Run(ModelA, 5, 2, [30, 20, 30, 20], Seconds(10, 10), Split((45, 45), (5, 5), (12, 4)),
            ("0", 0.3, 8), ("2", 1.0, 8)),
        Run(ModelA, 10, 0, [50, 0, 0, 50], Seconds(Enumerable.Repeat(1.0, 10).ToArray()),
            Split((40, 40), (5, 5), (10, 10))),
        Run(ModelA, 10, 1, [25, 25, 25, 25], Seconds(Enumerable.Repeat(3.0, 10).ToArray()),
            Split((40, 40), (5, 5), (10, 10))),
        Failed(ModelA, 10, 2, "Out of memory | while allocating 2 GiB\nin epoch 3", Seconds(100, 100)),
        Run(ModelB, 5, 0, [10, 0, 0, 10], Seconds(4, 4, 4, 4, 4), Split((40, 40), (5, 5), (10, 10))),
        Run(ModelB, 5, 1, [9, 1, 0, 10], Seconds(4, 4, 4, 4, 4), Split((40, 40), (5, 5), (10, 10))),
        Run(ModelB, 5, 2, [10, 0, 1, 9], Seconds(4, 4, 4, 4, 4), Split((40, 40), (5, 5), (10, 10))),
        Run(ModelB, 10, 0, [8, 2, 2, 8], Seconds(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), Split((40, 40), (5, 5), (10, 10))),
        Run(ModelB, 10, 1, [9, 1, 1, 9], Seconds(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), Split((40, 40), (5, 5), (10, 10))),
        Run(ModelB, 10, 2, [7, 3, 3, 7], Seconds(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), Split((40, 40), (5, 5), (10, 10))),
    ];

    public static RunRecord Run(string model, int budget, int index, long[] counts, EpochRecord[] history,
        PartitionComposition[] split, params (string Week, double Accuracy, int Samples)[] weeks) => new()
        {
            Model = model,
            Descriptor = model == ModelA ? "image" : "image+abs",
            RunIndex = index,
            PartitionSeed = (ulong)(100 + index),
            EpochBudget = budget,
            Confusion = new ConfusionMatrix(Classes, counts),
            PerWeek = weeks.Select(w => new GroupAccuracy(w.Week, w.Accuracy, w.Samples)).ToArray(),
            History = history,
            Parameters = model == ModelA ? new ParameterCount(900, 100) : new ParameterCount(1800, 200),
            Split = split,
        };

    public static RunRecord Failed(string model, int budget, int index, string error, EpochRecord[] history) => new()
    {
        Model = model,
        RunIndex = index,
        PartitionSeed = (ulong)(100 + index),
        EpochBudget = budget,
        Error = error,
        History = history,
        Parameters = new ParameterCount(900, 100),
        Split = Split((1, 1), (1, 1), (1, 1)),
    };

    /// <summary>A history whose epochs took the given seconds; losses fall and accuracies rise.</summary>
    public static EpochRecord[] Seconds(params double[] seconds) => seconds
        .Select((s, i) => new EpochRecord(i + 1, 1.0 / (i + 1), 0.5 + (0.04 * i), 1.2 / (i + 1), 0.45 + (0.03 * i), s))
        .ToArray();

    public static PartitionComposition[] Split((int Control, int Pth) training, (int Control, int Pth) validation,
        (int Control, int Pth) test) =>
    [
        Part("training", training), Part("validation", validation), Part("test", test),
    ];

    private static PartitionComposition Part(string name, (int Control, int Pth) counts) => new(name,
        counts.Control + counts.Pth,
        new Dictionary<string, int>(StringComparer.Ordinal) { ["control"] = counts.Control, ["pth"] = counts.Pth });
}
