using System.Text.Json;
using ChronoMid.Evaluation;

namespace ChronoMid.Training;

/// <summary>What a training run did, epoch by epoch, and which epoch's weights the network holds.</summary>
/// <param name="History">One summary per completed epoch, including those done before a resume.</param>
/// <param name="BestEpoch">
/// The 1-based epoch with the best early-stopping metric, or the last epoch without early stopping.
/// </param>
/// <param name="StoppedEarly">Whether early stopping ended the run before its last epoch.</param>
/// <param name="ResumedFromEpoch">
/// The epochs already complete in the checkpoint resumed from; 0 for a fresh run.
/// </param>
/// <param name="Classes">The class labels; a label's position is its class index.</param>
public sealed record TrainingResult(IReadOnlyList<EpochSummary> History, int BestEpoch, bool StoppedEarly,
    int ResumedFromEpoch, IReadOnlyList<string> Classes)
{
    /// <summary>Gets the mean wall-clock time of an epoch's training steps, in seconds.</summary>
    public double MeanSecondsPerEpoch => History.Count == 0 ? double.NaN : History.Average(e => e.Seconds);

    /// <summary>Writes the result as indented JSON: camelCase keys, NaN (no validation partition) as null.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ReportJson.Options);
}
