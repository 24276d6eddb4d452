using ChronoMid.Evaluation.Reports;
using Microsoft.Extensions.Logging;

namespace ChronoMid.Evaluation;

public sealed partial class Experiment
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Run {Number}/{Total}: {Model}, " +
        "{Budget} epoch(s), run {RunIndex}: test accuracy {Accuracy:P1}, {Seconds:F1} s per epoch")]
    private static partial void LogCompleted(ILogger logger, int number, int total,
        string model, int budget, int runIndex, double accuracy, double seconds);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Run {Number}/{Total}: {Model}, " +
        "{Budget} epoch(s), run {RunIndex} failed and is left out of the statistics: {Error}")]
    private static partial void LogFailed(ILogger logger, int number, int total,
        string model, int budget, int runIndex, string error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Run {Number}/{Total}: {Model}, " +
        "{Budget} epoch(s), run {RunIndex} was finished earlier; read back from the runs folder")]
    private static partial void LogLoaded(ILogger logger, int number, int total,
        string model, int budget, int runIndex);

    private void LogRun(RunRecord record, RunSlot slot, int total)
    {
        if (record.Status == RunStatus.Completed)
        {
            var seconds = record.History.Count == 0 ? double.NaN : record.History.Average(e => e.Seconds);
            LogCompleted(_logger, slot.Number, total, slot.Model, slot.EpochBudget, slot.RunIndex, record.Accuracy,
                seconds);
        }
        else
        {
            LogFailed(_logger, slot.Number, total, slot.Model, slot.EpochBudget, slot.RunIndex, record.Error!);
        }
    }
}
