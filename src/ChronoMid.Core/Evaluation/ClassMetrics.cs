namespace ChronoMid.Evaluation;

/// <summary>How well one class was recognised.</summary>
/// <param name="Label">The class label.</param>
/// <param name="Precision">The share of predictions of this class that were right; NaN when never predicted.</param>
/// <param name="Recall">The share of this class's samples predicted as it; NaN without samples.</param>
/// <param name="Support">The number of samples of this class.</param>
public sealed record ClassMetrics(string Label, double Precision, double Recall, long Support);
