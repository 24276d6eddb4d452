using ChronoMid.Evaluation;

namespace ChronoMid.Tests.Evaluation;

public sealed class ConfusionMatrixTests
{
    // The paper's Table 3, baseline CNN after 5 epochs: rows actual, columns predicted (anabolic, wild type).
    private static readonly ConfusionMatrix PaperBaseline = new(["anabolic", "wildtype"], [50396, 37863, 23572, 76491]);

    [Fact]
    public void Accuracy_PaperTable3_MatchesTpPlusTnOverAll()
    {
        Assert.Equal((50396.0 + 76491) / (50396 + 37863 + 23572 + 76491), PaperBaseline.Accuracy, 12);
        Assert.Equal(188322, PaperBaseline.Total);
    }

    [Fact]
    public void SensitivitySpecificity_PaperTable3_MatchHandComputation()
    {
        Assert.Equal(50396.0 / (50396 + 37863), PaperBaseline.Recall(0), 12);
        Assert.Equal(76491.0 / (23572 + 76491), PaperBaseline.Specificity(0), 12);
        Assert.Equal(50396.0 / (50396 + 23572), PaperBaseline.Precision(0), 12);
        Assert.Equal((PaperBaseline.Recall(0) + PaperBaseline.Recall(1)) / 2, PaperBaseline.BalancedAccuracy, 12);
    }

    [Fact]
    public void From_ThreeClasses_CountsEachCell()
    {
        var matrix = ConfusionMatrix.From(["a", "b", "c"], [(0, 0), (0, 1), (1, 1), (2, 0), (2, 0), (2, 2)]);

        Assert.Equal(2, matrix[2, 0]);
        Assert.Equal(1, matrix[0, 1]);
        Assert.Equal(3, matrix.Support(2));
        Assert.Equal(0.5, matrix.Recall(0), 12);
        Assert.Equal(1.0 / 3, matrix.Precision(0), 12);
        Assert.Equal(2.0 / 4, matrix.Specificity(0), 12);
    }

    [Fact]
    public void Sum_TwoRuns_AddsCells()
    {
        var run1 = ConfusionMatrix.From(["c", "p"], [(0, 0), (1, 0)]);
        var run2 = ConfusionMatrix.From(["c", "p"], [(1, 1), (1, 0)]);

        var sum = ConfusionMatrix.Sum([run1, run2]);

        Assert.Equal(2, sum[1, 0]);
        Assert.Equal(4, sum.Total);
    }

    [Fact]
    public void Sum_DifferentClasses_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => ConfusionMatrix.Sum(
            [ConfusionMatrix.From(["c", "p"], []), ConfusionMatrix.From(["p", "c"], [])]));

        Assert.Equal("matrices", error.ParamName);
    }

    [Fact]
    public void Recall_ClassWithoutSamples_IsNaN()
    {
        var matrix = ConfusionMatrix.From(["c", "p"], [(0, 0)]);

        Assert.True(double.IsNaN(matrix.Recall(1)));
        Assert.Equal(1.0, matrix.BalancedAccuracy);
    }
}
