using Microsoft.Extensions.Logging;

namespace ChronoMid.Training;

public sealed partial class Trainer
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Training {Epochs} epoch(s) on {Device} " +
        "with {Threads} thread(s): {Samples} training samples in {Steps} steps of {BatchSize}, {Validation} " +
        "validation samples, class balance {Balance}")]
    private static partial void LogStarted(ILogger logger, int epochs, string device, int threads, int samples,
        int steps, int batchSize, int validation, string balance);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Epoch {Epoch}/{Epochs}: loss " +
        "{Loss:F4}, accuracy {Accuracy:P1}, validation loss {ValidationLoss:F4}, validation accuracy " +
        "{ValidationAccuracy:P1}, learning rate {LearningRate}, {Seconds:F1} s, class balance {Balance}")]
    private static partial void LogEpoch(ILogger logger, int epoch, int epochs, double loss, double accuracy,
        double validationLoss, double validationAccuracy, double learningRate, double seconds, string balance);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Checkpoint of epoch {Epoch} written to {Path}")]
    private static partial void LogCheckpoint(ILogger logger, int epoch, string path);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information,
        Message = "Resuming from {Path}: {Epoch} epoch(s) already complete")]
    private static partial void LogResumed(ILogger logger, string path, int epoch);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Early stopping after epoch {Epoch}: " +
        "{Metric} has not improved for {Patience} epoch(s); keeping the weights of epoch {BestEpoch}")]
    private static partial void LogEarlyStop(ILogger logger, int epoch, EarlyStoppingMetric metric, int patience,
        int bestEpoch);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning,
        Message = "Training cancelled during epoch {Epoch}, step {Step}; the last complete checkpoint is kept")]
    private static partial void LogCancelled(ILogger logger, int epoch, int step);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "{Message}")]
    private static partial void LogDiverged(ILogger logger, string message);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "The checkpoint was written with {Was} torch " +
        "thread(s), this run uses {Now}: the resumed run may differ from an uninterrupted one in the last bits")]
    private static partial void LogThreadsDiffer(ILogger logger, string was, int now);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Information,
        Message = "No checkpoint in {Folder}; starting a fresh run")]
    private static partial void LogNothingToResume(ILogger logger, string folder);
}
