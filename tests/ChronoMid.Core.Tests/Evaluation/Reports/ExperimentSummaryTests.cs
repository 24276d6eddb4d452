using ChronoMid.Evaluation;
using ChronoMid.Evaluation.Reports;
using ChronoMid.Models;

namespace ChronoMid.Tests.Evaluation.Reports;

public sealed class ExperimentSummaryTests
{
    private const int Precision = 6;

    private static readonly ExperimentSummary Summary = ExperimentSummary.From(ReportFixture.Records());

    private static BudgetSummary Budget(string model, int epochs) =>
        Summary.Models.Single(m => m.Name == model).ForBudget(epochs)!;

    [Fact]
    public void From_Records_ListsModelsInOrderOfAppearanceAndBudgetsAscending()
    {
        Assert.Equal([ReportFixture.ModelA, ReportFixture.ModelB], Summary.Models.Select(m => m.Name));
        Assert.Equal([5, 10], Summary.EpochBudgets);
        Assert.Equal(ReportFixture.Classes, Summary.Classes);
        Assert.Equal(new ParameterCount(1800, 200), Summary.Models[1].Parameters);
    }

    [Theory]
    // (0.7 + 0.8 + 0.5) / 3; deviations 0.0333, 0.1333, -0.1667, squares summed 0.046667, / (3 - 1), root.
    [InlineData(ReportFixture.ModelA, 5, 0.666667, 0.152753, 3, 0)]
    // The failed third run is left out: (1.0 + 0.5) / 2, SD sqrt(2 × 0.25² / 1).
    [InlineData(ReportFixture.ModelA, 10, 0.75, 0.353553, 2, 1)]
    // (1 + 0.95 + 0.95) / 3; squares 0.001111 + 2 × 0.000278 = 0.001667, / 2, root.
    [InlineData(ReportFixture.ModelB, 5, 0.966667, 0.028868, 3, 0)]
    [InlineData(ReportFixture.ModelB, 10, 0.8, 0.1, 3, 0)]
    public void From_Records_MacroAveragesAccuracyOverCompletedRunsWithSampleSd(
        string model, int epochs, double mean, double sd, int runs, int failed)
    {
        var budget = Budget(model, epochs);
        Assert.Equal(mean, budget.Accuracy.Mean, Precision);
        Assert.Equal(sd, budget.Accuracy.StandardDeviation, Precision);
        Assert.Equal(runs, budget.Accuracy.Count);
        Assert.Equal(runs, budget.Runs);
        Assert.Equal(failed, budget.FailedRuns);
    }

    [Fact]
    public void From_Records_MicroAveragesSecondsPerEpochOverAllEpochsOfCompletedRuns()
    {
        // (15 + 10 + 20) s over 5 + 5 + 2 epochs; the mean of run means would be 5.
        Assert.Equal(45.0 / 12, Budget(ReportFixture.ModelA, 5).SecondsPerEpoch, Precision);
        Assert.Equal(12, Budget(ReportFixture.ModelA, 5).EpochsTimed);

        // The failed run's two 100 s epochs are not counted.
        Assert.Equal(2.0, Budget(ReportFixture.ModelA, 10).SecondsPerEpoch, Precision);
        Assert.Equal(20, Budget(ReportFixture.ModelA, 10).EpochsTimed);
    }

    [Fact]
    public void From_Records_SumsConfusionMatricesOverCompletedRuns()
    {
        var confusion = Budget(ReportFixture.ModelA, 5).Confusion!;
        Assert.Equal(115, confusion[0, 0]);
        Assert.Equal(35, confusion[0, 1]);
        Assert.Equal(65, confusion[1, 0]);
        Assert.Equal(85, confusion[1, 1]);

        var withFailure = Budget(ReportFixture.ModelA, 10).Confusion!;
        Assert.Equal(200, withFailure.Total);
    }

    [Fact]
    public void From_Records_ComputesPartitionSharesAndSizesOverRuns()
    {
        var test = Budget(ReportFixture.ModelA, 5).Partitions.Single(p => p.Name == "test");

        // Control shares 5/20, 10/20, 12/16 = 25, 50, 75 %.
        var control = test.Shares.Single(s => s.Label == "control").Percent;
        Assert.Equal(50, control.Mean, Precision);
        Assert.Equal(25, control.StandardDeviation, Precision);
        var pth = test.Shares.Single(s => s.Label == "pth").Percent;
        Assert.Equal(50, pth.Mean, Precision);
        Assert.Equal(25, pth.StandardDeviation, Precision);

        // Sizes 20, 20, 16: mean 56 / 3, SD sqrt((2 × (4/3)² + (8/3)²) / 2).
        Assert.Equal(56.0 / 3, test.Samples.Mean, Precision);
        Assert.Equal(Math.Sqrt(((2 * 16.0 / 9) + (64.0 / 9)) / 2), test.Samples.StandardDeviation, Precision);
        Assert.Equal(["training", "validation", "test"],
            Budget(ReportFixture.ModelA, 5).Partitions.Select(p => p.Name));
        // Validation control shares 6/10, 5/10, 5/10.
        Assert.Equal(160.0 / 3, Budget(ReportFixture.ModelA, 5).Partitions[1].Shares[0].Percent.Mean, Precision);
    }

    [Fact]
    public void From_Records_AveragesPerWeekAccuracyOverRunsThatHeldTheWeek()
    {
        var weeks = Budget(ReportFixture.ModelA, 5).PerWeek;
        Assert.Equal([0, 1, 2], weeks.Select(w => w.Week));
        Assert.Equal(0.4, weeks[0].Accuracy.Mean, Precision);
        Assert.Equal(Math.Sqrt(0.02), weeks[0].Accuracy.StandardDeviation, Precision);
        Assert.Equal(18, weeks[0].Samples);
        Assert.Equal(0.8, weeks[1].Accuracy.Mean, Precision);
        Assert.Equal(2, weeks[1].Accuracy.Count);
        Assert.Equal(1.0, weeks[2].Accuracy.Mean, Precision);
        Assert.Equal(0, weeks[2].Accuracy.StandardDeviation);
        Assert.Equal(1, weeks[2].Accuracy.Count);
    }

    [Fact]
    public void From_Records_ListsFailedRunsWithTheirErrors()
    {
        var failed = Assert.Single(Summary.FailedRuns);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Equal(ReportFixture.ModelA, failed.Model);
        Assert.Equal(10, failed.EpochBudget);
        Assert.StartsWith("Out of memory", failed.Error, StringComparison.Ordinal);
        Assert.Equal(12, Summary.Runs.Count);
    }

    [Fact]
    public void From_OneRun_ReportsZeroStandardDeviation()
    {
        var summary = ExperimentSummary.From([ReportFixture.Records()[0]]);
        var budget = summary.Models[0].Budgets[0];
        Assert.Equal(0.7, budget.Accuracy.Mean, Precision);
        Assert.Equal(0, budget.Accuracy.StandardDeviation);
        Assert.Equal(1, budget.Runs);
    }

    [Fact]
    public void From_OnlyFailedRuns_ReportsNaNAndNoConfusion()
    {
        var summary = ExperimentSummary.From([ReportFixture.Failed("CNN", 5, 0, "boom", ReportFixture.Seconds(1))]);
        var budget = summary.Models[0].Budgets[0];
        Assert.Equal(0, budget.Runs);
        Assert.Equal(1, budget.FailedRuns);
        Assert.True(double.IsNaN(budget.Accuracy.Mean));
        Assert.True(double.IsNaN(budget.SecondsPerEpoch));
        Assert.Null(budget.Confusion);
        Assert.Equal(ReportFixture.Classes, summary.Classes);
    }

    [Fact]
    public void From_InconsistentRecords_ReportsEveryProblemAtOnce()
    {
        var good = ReportFixture.Records()[0];
        var records = new[]
        {
            good,
            good with { Confusion = null },
            good with { RunIndex = 7, EpochBudget = 0 },
        };

        var error = Assert.Throws<ArgumentException>(() => ExperimentSummary.From(records));
        Assert.Equal("records", error.ParamName);
        Assert.Equal("The run records cannot be aggregated (3 problems): " +
            "CNN, 5 epochs, run 0: completed without a confusion matrix; set Confusion or Error. " +
            "CNN, 0 epochs, run 7: the epoch budget must be at least 1, got 0. " +
            "CNN, 5 epochs: run index 0 appears 2 times. (Parameter 'records')", error.Message);
    }

    [Fact]
    public void MeanAndDeviation_Of_UsesBesselCorrectionAndSkipsNaN()
    {
        var statistic = MeanAndDeviation.Of([2, 4, 4, 4, 5, 5, 7, 9, double.NaN]);
        Assert.Equal(5, statistic.Mean, Precision);
        Assert.Equal(Math.Sqrt(32.0 / 7), statistic.StandardDeviation, Precision);
        Assert.Equal(8, statistic.Count);
        Assert.Equal(0, MeanAndDeviation.Of([3.0]).StandardDeviation);
        Assert.True(double.IsNaN(MeanAndDeviation.Of([]).Mean));
    }

    [Fact]
    public void WithTestReport_CopiesConfusionAndPerWeek()
    {
        var report = ClassificationReport.Create(ReportFixture.Classes,
        [
            new Prediction("m1", 0, 0, 0, [0.9f, 0.1f]),
            new Prediction("m1", 2, 0, 1, [0.8f, 0.2f]),
        ]);
        var record = ReportFixture.Records()[0].WithTestReport(report);
        Assert.Equal(0.5, record.Accuracy);
        Assert.Equal(["0", "2"], record.PerWeek.Select(w => w.Group));
        Assert.Equal([1.0, 2, 3, 4, 5], record.SecondsPerEpoch);
    }
}
