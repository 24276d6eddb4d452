namespace ChronoMid.Evaluation;

/// <summary>A model's prediction for one sample, with where the sample came from.</summary>
/// <param name="Subject">The subject identifier.</param>
/// <param name="Week">The timepoint in whole weeks since the study began.</param>
/// <param name="SliceIndex">The slice's index from the proximal end.</param>
/// <param name="Actual">The actual class index.</param>
/// <param name="Probabilities">The predicted probability of each class (softmax of the model's outputs).</param>
public sealed record Prediction(
    string Subject, int Week, int SliceIndex, int Actual, IReadOnlyList<float> Probabilities)
{
    /// <summary>Gets the predicted class: the one with the highest probability (the lowest index on a tie).</summary>
    public int Predicted
    {
        get
        {
            var best = 0;
            for (var c = 1; c < Probabilities.Count; c++)
            {
                if (Probabilities[c] > Probabilities[best])
                {
                    best = c;
                }
            }

            return best;
        }
    }
}
