using ChronoMid.Evaluation;

namespace ChronoMid.Tests.Evaluation;

public sealed class ClassificationReportTests
{
    [Fact]
    public void RocAuc_PerfectlySeparated_IsOne_Reversed_IsZero()
    {
        Assert.Equal(1.0, RocAuc.Binary([0.1, 0.2, 0.8, 0.9], [false, false, true, true]));
        Assert.Equal(0.0, RocAuc.Binary([0.9, 0.8, 0.2, 0.1], [false, false, true, true]));
    }

    [Fact]
    public void RocAuc_TiesAndOverlap_MatchesPairCounting()
    {
        double[] scores = [0.1, 0.4, 0.4, 0.35, 0.8];
        bool[] positive = [false, false, true, true, true];

        // Pairs (positive, negative): 0.4>0.1, 0.4=0.4 (1/2), 0.35>0.1, 0.35<0.4, 0.8>both: 4.5 of 6.
        Assert.Equal(4.5 / 6, RocAuc.Binary(scores, positive), 12);
    }

    [Fact]
    public void RocAuc_OneClassOnly_IsNaN()
    {
        Assert.True(double.IsNaN(RocAuc.Binary([0.2, 0.3], [true, true])));
    }

    [Fact]
    public void Create_BinaryPredictions_ReportsEveryMetricAndBreakdown()
    {
        Prediction[] predictions =
        [
            new("m1", 0, 0, 0, [0.9f, 0.1f]),
            new("m1", 0, 1, 0, [0.4f, 0.6f]),
            new("m2", 5, 0, 1, [0.2f, 0.8f]),
            new("m2", 5, 1, 1, [0.3f, 0.7f]),
            new("m2", 6, 0, 1, [0.7f, 0.3f]),
        ];

        var report = ClassificationReport.Create(["control", "pth"], predictions);

        Assert.Equal(3.0 / 5, report.Accuracy, 12);
        Assert.Equal(1, report.PositiveClass);
        Assert.Equal(2.0 / 3, report.Sensitivity, 12);
        Assert.Equal(0.5, report.Specificity, 12);
        Assert.Equal(2.0 / 3, report.PerClass[1].Precision, 12);
        Assert.Equal(["m1", "m2"], report.PerSubject.Select(s => s.Group));
        Assert.Equal(2.0 / 3, report.PerSubject[1].Accuracy, 12);
        Assert.Equal(["0", "5", "6"], report.PerWeek.Select(w => w.Group));
        Assert.Equal(0.0, report.PerWeek[2].Accuracy);
        // Positive scores 0.8, 0.7, 0.3 against negatives 0.1, 0.6: 2 + 2 + 1 = 5 of 6 pairs.
        Assert.Equal(5.0 / 6, report.RocAuc, 12);
    }

    [Fact]
    public void Create_WrongProbabilityCount_NamesTheSample()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ClassificationReport.Create(["a", "b", "c"], [new Prediction("m7", 3, 12, 0, [0.5f, 0.5f])]));

        Assert.Equal("Expected 3 probabilities per prediction; subject m7, week 3, slice 12 has 2. " +
            "(Parameter 'predictions')", error.Message);
    }

    [Fact]
    public void Predicted_Tie_TakesLowestIndex()
    {
        Assert.Equal(0, new Prediction("m", 0, 0, 1, [0.5f, 0.5f]).Predicted);
        Assert.Equal(2, new Prediction("m", 0, 0, 1, [0.2f, 0.3f, 0.5f]).Predicted);
    }
}
