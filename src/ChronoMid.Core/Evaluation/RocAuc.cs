namespace ChronoMid.Evaluation;

/// <summary>The area under the receiver operating characteristic curve, computed exactly from ranks.</summary>
public static class RocAuc
{
    /// <summary>
    /// Computes the AUC of scores for one class against the rest: the probability that a random positive scores
    /// above a random negative, ties counting one half (the Mann–Whitney statistic).
    /// </summary>
    /// <param name="scores">Each sample's score for the positive class (e.g. its predicted probability).</param>
    /// <param name="isPositive">Whether each sample belongs to the positive class.</param>
    /// <returns>A value in [0, 1]; NaN when either class has no samples.</returns>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static double Binary(IReadOnlyList<double> scores, IReadOnlyList<bool> isPositive)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(isPositive);
        if (scores.Count != isPositive.Count)
        {
            throw new ArgumentException(
                $"Expected one label per score: {scores.Count} scores, {isPositive.Count} labels.", nameof(isPositive));
        }

        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            // Tied scores share the mean of their 1-based ranks.
            var rank = (start + end + 2) / 2.0;
            for (var k = start; k <= end; k++)
            {
                if (isPositive[order[k]])
                {
                    positiveRankSum += rank;
                    positives++;
                }
            }

            start = end + 1;
        }

        var negatives = scores.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (positiveRankSum - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }

    /// <summary>Computes the macro-averaged one-versus-rest AUC over every class that has samples.</summary>
    /// <param name="probabilities">Each sample's probability per class.</param>
    /// <param name="actual">Each sample's actual class index.</param>
    /// <param name="classCount">The number of classes.</param>
    /// <returns>A value in [0, 1]; NaN when no class has both positives and negatives.</returns>
    public static double MacroOneVersusRest(IReadOnlyList<IReadOnlyList<float>> probabilities,
        IReadOnlyList<int> actual, int classCount)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(actual);
        var aucs = Enumerable.Range(0, classCount)
            .Select(c => Binary(
                probabilities.Select(p => (double)p[c]).ToArray(), actual.Select(a => a == c).ToArray()))
            .Where(auc => !double.IsNaN(auc))
            .ToArray();
        return aucs.Length == 0 ? double.NaN : aucs.Average();
    }
}
