namespace ChronoMid.Evaluation;

/// <summary>
/// Counts of predictions by actual class (rows) and predicted class (columns), laid out like the paper's
/// Table 3; immutable, and summable over runs.
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly long[] _counts;

    /// <summary>Initializes a new instance of the <see cref="ConfusionMatrix"/> class.</summary>
    /// <param name="classes">The class labels; a label's position is its class index.</param>
    /// <param name="counts">Row-major counts: <c>counts[actual * classes + predicted]</c>.</param>
    /// <exception cref="ArgumentException">
    /// Fewer than two classes, a count of the wrong length, or a negative count.
    /// </exception>
    public ConfusionMatrix(IReadOnlyList<string> classes, IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(counts);
        if (classes.Count < 2)
        {
            throw new ArgumentException($"Expected at least 2 classes, got {classes.Count}.", nameof(classes));
        }

        if (counts.Count != classes.Count * classes.Count || counts.Any(c => c < 0))
        {
            throw new ArgumentException($"Expected {classes.Count * classes.Count} non-negative counts for " +
                $"{classes.Count} classes, got {counts.Count}.", nameof(counts));
        }

        Classes = classes.ToArray();
        _counts = counts.ToArray();
    }

    /// <summary>Gets the class labels; a label's position is its class index.</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Gets the number of predictions counted.</summary>
    public long Total => _counts.Sum();

    /// <summary>Gets the share of predictions that are right, (TP + TN) / all in the paper's binary terms.</summary>
    /// <value>A value in [0, 1]; NaN when the matrix is empty.</value>
    public double Accuracy => Ratio(Enumerable.Range(0, Classes.Count).Sum(c => this[c, c]), Total);

    /// <summary>Gets the mean of the per-class recalls (classes without samples are left out).</summary>
    public double BalancedAccuracy
    {
        get
        {
            var recalls = Enumerable.Range(0, Classes.Count).Select(Recall).Where(r => !double.IsNaN(r)).ToArray();
            return recalls.Length == 0 ? double.NaN : recalls.Average();
        }
    }

    /// <summary>Gets the count of samples of one actual class predicted as another.</summary>
    /// <param name="actual">The actual class index.</param>
    /// <param name="predicted">The predicted class index.</param>
    public long this[int actual, int predicted] => _counts[(actual * Classes.Count) + predicted];

    /// <summary>Builds a matrix from (actual, predicted) class index pairs.</summary>
    /// <param name="classes">The class labels.</param>
    /// <param name="pairs">The predictions.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A class index is outside the labels.</exception>
    public static ConfusionMatrix From(IReadOnlyList<string> classes, IEnumerable<(int Actual, int Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = new long[classes.Count * classes.Count];
        foreach (var (actual, predicted) in pairs)
        {
            if ((uint)actual >= (uint)classes.Count || (uint)predicted >= (uint)classes.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(pairs), (actual, predicted),
                    $"Expected class indices from 0 to {classes.Count - 1}.");
            }

            counts[(actual * classes.Count) + predicted]++;
        }

        return new ConfusionMatrix(classes, counts);
    }

    /// <summary>Sums matrices over the same classes, as the paper sums them over runs.</summary>
    /// <param name="matrices">The matrices; at least one.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">No matrix, or matrices over different classes.</exception>
    public static ConfusionMatrix Sum(IReadOnlyList<ConfusionMatrix> matrices)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        if (matrices.Count == 0)
        {
            throw new ArgumentException("Expected at least one matrix to sum.", nameof(matrices));
        }

        var classes = matrices[0].Classes;
        if (matrices.Any(m => !m.Classes.SequenceEqual(classes, StringComparer.Ordinal)))
        {
            throw new ArgumentException("Every matrix must have the same classes in the same order.",
                nameof(matrices));
        }

        var counts = new long[classes.Count * classes.Count];
        foreach (var matrix in matrices)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                counts[i] += matrix._counts[i];
            }
        }

        return new ConfusionMatrix(classes, counts);
    }

    /// <summary>Gets the recall of a class: the share of its samples predicted as it (sensitivity).</summary>
    /// <param name="classIndex">The class index.</param>
    /// <returns>A value in [0, 1]; NaN when the class has no samples.</returns>
    public double Recall(int classIndex) => Ratio(this[classIndex, classIndex], Support(classIndex));

    /// <summary>Gets the precision of a class: the share of predictions of it that are right.</summary>
    /// <param name="classIndex">The class index.</param>
    /// <returns>A value in [0, 1]; NaN when the class was never predicted.</returns>
    public double Precision(int classIndex) =>
        Ratio(this[classIndex, classIndex], Enumerable.Range(0, Classes.Count).Sum(a => this[a, classIndex]));

    /// <summary>Gets the specificity with respect to a class: the share of other samples not predicted as it.</summary>
    /// <param name="classIndex">The class index taken as positive.</param>
    /// <returns>A value in [0, 1]; NaN when there are no other samples.</returns>
    public double Specificity(int classIndex)
    {
        long negatives = 0, trueNegatives = 0;
        for (var actual = 0; actual < Classes.Count; actual++)
        {
            if (actual == classIndex)
            {
                continue;
            }

            negatives += Support(actual);
            trueNegatives += Support(actual) - this[actual, classIndex];
        }

        return Ratio(trueNegatives, negatives);
    }

    /// <summary>Gets the number of samples whose actual class is the given one.</summary>
    /// <param name="classIndex">The class index.</param>
    /// <returns>The row sum.</returns>
    public long Support(int classIndex) => Enumerable.Range(0, Classes.Count).Sum(p => this[classIndex, p]);

    private static double Ratio(long numerator, long denominator) =>
        denominator == 0 ? double.NaN : (double)numerator / denominator;
}
