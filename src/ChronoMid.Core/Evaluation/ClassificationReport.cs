using System.Globalization;

namespace ChronoMid.Evaluation;

/// <summary>
/// Everything measured about a model's predictions on one partition: accuracy as the paper defines it, the
/// confusion matrix, sensitivity, specificity, balanced accuracy, ROC AUC, per-class precision and recall, and
/// accuracy per subject and per week.
/// </summary>
public sealed class ClassificationReport
{
    private ClassificationReport(ConfusionMatrix confusion, int positiveClass, double rocAuc,
        IReadOnlyList<GroupAccuracy> perSubject, IReadOnlyList<GroupAccuracy> perWeek)
    {
        Confusion = confusion;
        PositiveClass = positiveClass;
        RocAuc = rocAuc;
        PerSubject = perSubject;
        PerWeek = perWeek;
        PerClass = confusion.Classes.Select((label, c) =>
            new ClassMetrics(label, confusion.Precision(c), confusion.Recall(c), confusion.Support(c))).ToArray();
    }

    /// <summary>Gets the confusion matrix (rows actual, columns predicted).</summary>
    public ConfusionMatrix Confusion { get; }

    /// <summary>Gets the class taken as positive for sensitivity and specificity (the treated group).</summary>
    public int PositiveClass { get; }

    /// <summary>Gets the accuracy: the share of samples predicted right.</summary>
    public double Accuracy => Confusion.Accuracy;

    /// <summary>Gets the mean per-class recall.</summary>
    public double BalancedAccuracy => Confusion.BalancedAccuracy;

    /// <summary>Gets the recall of the positive class.</summary>
    public double Sensitivity => Confusion.Recall(PositiveClass);

    /// <summary>Gets the share of other classes' samples not predicted as the positive class.</summary>
    public double Specificity => Confusion.Specificity(PositiveClass);

    /// <summary>
    /// Gets the area under the ROC curve: of the positive class for two classes, else the macro one-versus-rest
    /// mean; NaN when a class is absent.
    /// </summary>
    public double RocAuc { get; }

    /// <summary>Gets precision, recall and support of every class.</summary>
    public IReadOnlyList<ClassMetrics> PerClass { get; }

    /// <summary>Gets the accuracy per subject, ordered by subject.</summary>
    public IReadOnlyList<GroupAccuracy> PerSubject { get; }

    /// <summary>Gets the accuracy per week, ordered by week.</summary>
    public IReadOnlyList<GroupAccuracy> PerWeek { get; }

    /// <summary>Measures predictions.</summary>
    /// <param name="classes">The class labels; a label's position is its class index.</param>
    /// <param name="predictions">The predictions, each with one probability per class.</param>
    /// <param name="positiveClass">
    /// The class taken as positive. The default value, <see langword="null"/>, means the last class in
    /// <paramref name="classes"/> (with labels <c>control</c> and <c>pth</c>, the treated group).
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A prediction has the wrong number of probabilities.</exception>
    public static ClassificationReport Create(IReadOnlyList<string> classes, IReadOnlyList<Prediction> predictions,
        int? positiveClass = null)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(predictions);
        var wrong = predictions.FirstOrDefault(p => p.Probabilities.Count != classes.Count);
        if (wrong is not null)
        {
            throw new ArgumentException($"Expected {classes.Count} probabilities per prediction; subject " +
                $"{wrong.Subject}, week {wrong.Week}, slice {wrong.SliceIndex} has {wrong.Probabilities.Count}.",
                nameof(predictions));
        }

        var positive = positiveClass ?? classes.Count - 1;
        ArgumentOutOfRangeException.ThrowIfNegative(positive, nameof(positiveClass));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(positive, classes.Count, nameof(positiveClass));
        var confusion = ConfusionMatrix.From(classes, predictions.Select(p => (p.Actual, p.Predicted)));
        var auc = classes.Count == 2
            ? Evaluation.RocAuc.Binary(predictions.Select(p => (double)p.Probabilities[positive]).ToArray(),
                predictions.Select(p => p.Actual == positive).ToArray())
            : Evaluation.RocAuc.MacroOneVersusRest(predictions.Select(p => p.Probabilities).ToArray(),
                predictions.Select(p => p.Actual).ToArray(), classes.Count);
        var perSubject = Groups(predictions, p => p.Subject, StringComparer.Ordinal);
        var perWeek = predictions.GroupBy(p => p.Week).OrderBy(g => g.Key)
            .Select(g => GroupOf(g.Key.ToString(CultureInfo.InvariantCulture), g.ToArray())).ToArray();
        return new ClassificationReport(confusion, positive, auc, perSubject, perWeek);
    }

    private static GroupAccuracy[] Groups(IEnumerable<Prediction> predictions, Func<Prediction, string> key,
        StringComparer comparer) => predictions.GroupBy(key, comparer).OrderBy(g => g.Key, comparer)
        .Select(g => GroupOf(g.Key, g.ToArray())).ToArray();

    private static GroupAccuracy GroupOf(string group, Prediction[] members) =>
        new(group, members.Count(p => p.Predicted == p.Actual) / (double)members.Length, members.Length);
}
