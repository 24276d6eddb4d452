using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using ChronoMid.Training;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid train CACHE --model NAME --out RUN</c>: partition a cache, train one model, report.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var cache = new Argument<DirectoryInfo>("CACHE") { Description = "A cache folder (holding manifest.json)." };
        var model = new Option<string>("--model")
        {
            Description = "The model name (see chronomid models).",
            Required = true,
        };
        var epochs = new Option<int>("--epochs") { Description = "Epochs to train.", DefaultValueFactory = _ => 5 };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Samples per step.",
            DefaultValueFactory = _ => 32,
        };
        var device = new Option<string>("--device")
        {
            Description = "auto, cpu, cuda or cuda:INDEX.",
            DefaultValueFactory = _ => "auto",
        };
        var partition = new Option<string>("--partition")
        {
            Description = "subject-week (the paper's mouse-week units) or subject (no test subject seen in training).",
            DefaultValueFactory = _ => "subject-week",
        };
        var seed = new Option<long>("--seed")
        {
            Description = "Seed of the split, weights and shuffles.",
            DefaultValueFactory = _ => 7,
        };
        var threads = new Option<int?>("--threads") { Description = "Torch threads (default: torch's own)." };
        var rate = new Option<double>("--learning-rate")
        {
            Description = "Adam's learning rate.",
            DefaultValueFactory = _ => 1e-3,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "The run folder to write.", Required = true };
        var resume = new Option<bool>("--resume") { Description = "Continue from the run's last checkpoint." };
        var command = new Command("train", "Partition a cache, train one model with a checkpoint per epoch, and " +
            "report on the test partition.")
        {
            cache, model, epochs, batch, device, partition, seed, threads, rate, output, resume,
        };
        command.SetAction((result, token) => Run(new TrainRequest(result.GetValue(cache)!, result.GetValue(model)!,
            result.GetValue(epochs), result.GetValue(batch), result.GetValue(device)!, result.GetValue(partition)!,
            result.GetValue(seed), result.GetValue(threads), result.GetValue(rate), result.GetValue(output)!,
            result.GetValue(resume)), token));
        return command;
    }

    private static async Task<int> Run(TrainRequest request, CancellationToken token)
    {
        var problems = request.Problems();
        if (problems.Count > 0)
        {
            return CliText.Fail(problems);
        }

        var run = new RunFolder(request.Output.FullName);
        if (!request.Resume && File.Exists(run.RunFile))
        {
            return CliText.Fail(
                [$"{run.Path} already holds a run; add --resume to continue it, or choose another --out."]);
        }

        try
        {
            ComputeDevice.Parse(request.Device).Resolve();
        }
        catch (NotSupportedException exception)
        {
            return CliText.Fail([exception.Message]);
        }

        using var cache = SampleCache.Open(request.Cache.FullName);
        var classes = BatchSource.ClassesOf(cache.Manifest);
        var descriptor = ModelCatalog.Descriptor(request.Model);
        var needed = descriptor.ToString().Split('+').Where(token => token != "ts").ToArray();
        var missing = needed.Where(channel => !cache.Layout.Channels.Contains(channel)).ToArray();
        if (missing.Length > 0)
        {
            return CliText.Fail([$"Model '{request.Model}' ({descriptor}) needs the cache channel(s) " +
                $"{string.Join(", ", missing)}; " +
                $"{request.Cache.FullName} holds {string.Join(", ", cache.Layout.Channels)}. Preprocess with " +
                $"--describe {string.Join('+', needed)}."]);
        }

        var split = Partitioner.Split(cache.Manifest.Units, new PartitionOptions
        {
            Unit = request.PartitionUnit!.Value,
            Seed = unchecked((ulong)request.Seed),
        });
        using var network = ModelCatalog.Builder(request.Model).Input(cache.Layout.Rows, cache.Layout.Columns)
            .Classes(classes.Count).Seed(request.Seed).Build();
        Directory.CreateDirectory(run.Path);
        RunFolder.Write(run.RunFile, new JsonObject
        {
            ["model"] = request.Model,
            ["descriptor"] = descriptor.ToString(),
            ["cache"] = request.Cache.FullName,
            ["cacheKey"] = cache.Manifest.Key,
            ["classes"] = new JsonArray(classes.Select(c => (JsonNode?)c).ToArray()),
            ["seed"] = request.Seed,
            ["partition"] = request.Partition,
            ["epochs"] = request.Epochs,
            ["batchSize"] = request.BatchSize,
        });
        RunFolder.Write(run.SplitFile, RunFolder.Describe(split));
        Console.Error.WriteLine(RunFolder.Table(split));

        var builder = Trainer.For(network).OnDevice(ComputeDevice.Parse(request.Device)).Epochs(request.Epochs)
            .BatchSize(request.BatchSize).Optimizer(OptimizerKind.Adam, request.LearningRate).Seed(request.Seed)
            .CheckpointTo(run.Checkpoints).ResumeFromCheckpoint(request.Resume)
            .OnEpochCompleted(epoch => Console.Error.WriteLine(Summary(epoch, request.Epochs)));
        if (request.Threads is { } count)
        {
            builder.Threads(count);
        }

        TrainingResult result;
        try
        {
            result = await builder.Build().TrainAsync(split, cache, new ProgressLine(), token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine();
            var latest = TrainingCheckpoint.FindLatest(run.Checkpoints);
            Console.Error.WriteLine($"chronomid train: cancelled. Last complete checkpoint: {latest ?? "none"}. " +
                "Resume with the same command and --resume.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is CheckpointException or NotSupportedException
            or ArgumentException)
        {
            Console.Error.WriteLine();
            return CliText.Fail([exception.Message]);
        }
        catch (TrainingDivergedException exception)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"chronomid train: {exception.Message}");
            return 1;
        }

        network.Save(run.ModelFolder);
        RunFolder.WriteText(run.HistoryFile, result.ToJson());
        var report = new EvaluationReport(request.Model, descriptor.ToString(), "test",
            PartitionEvaluator.Evaluate(network, cache, split.Test, classes, request.BatchSize, token),
            result.MeanSecondsPerEpoch, network.CountParameters());
        report.WriteJson(run.ReportJson);
        report.WriteMarkdown(run.ReportMarkdown);
        Console.WriteLine(report.ToMarkdown());
        Console.Error.WriteLine($"Run written to {run.Path}.");
        return 0;
    }

    private static string Summary(EpochSummary epoch, int epochs) => string.Create(CultureInfo.InvariantCulture,
        $"\repoch {epoch.Epoch}/{epochs}: loss {epoch.TrainingLoss:F4}, accuracy {epoch.TrainingAccuracy:P1}, " +
        $"validation loss {epoch.ValidationLoss:F4}, validation accuracy {epoch.ValidationAccuracy:P1}, " +
        $"{epoch.Seconds:F1} s").PadRight(100);


    /// <summary>One progress line on standard error, rewritten in place after every step.</summary>
    private sealed class ProgressLine : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => Console.Error.Write(string.Create(CultureInfo.InvariantCulture,
            $"\repoch {value.Epoch}/{value.Epochs} step {value.Step}/{value.StepsPerEpoch} loss {value.Loss:F4} " +
            $"accuracy {value.Accuracy:P1} {value.ImagesPerSecond:F1} images/s, " +
            $"{value.EstimatedTimeLeft:hh\\:mm\\:ss} left   "));
    }
}
