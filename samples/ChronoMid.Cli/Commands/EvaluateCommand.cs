using System.CommandLine;
using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using ChronoMid.Training;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid evaluate RUN</c>: evaluate a trained run's model on its test partition.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var runArgument = new Argument<DirectoryInfo>("RUN")
        {
            Description = "A run folder written by chronomid train.",
        };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of Markdown." };
        var device = new Option<string>("--device")
        {
            Description = "auto, cpu, cuda or cuda:INDEX.",
            DefaultValueFactory = _ => "auto",
        };
        var command = new Command("evaluate", "Evaluate a trained run's model on the test partition it was split " +
            "with; print the metrics and confusion matrix.")
        {
            runArgument, json, device,
        };
        command.SetAction((result, token) => Task.FromResult(Run(result.GetValue(runArgument)!,
            result.GetValue(json), result.GetValue(device)!, token)));
        return command;
    }

    private static int Run(DirectoryInfo folder, bool json, string deviceText, CancellationToken token)
    {
        var run = new RunFolder(folder.FullName);
        var model = Path.Combine(run.ModelFolder, ChronoMidNetwork.ManifestFileName);
        var missing = new[] { run.RunFile, run.SplitFile, model }
            .Where(path => !File.Exists(path)).ToArray();
        if (missing.Length > 0)
        {
            return CliText.Fail(missing.Select(path =>
                $"{path} is missing; {run.Path} is not a finished run of chronomid train."));
        }

        try
        {
            var device = ComputeDevice.Parse(deviceText).Resolve();
            var description = RunFolder.Read(run.RunFile);
            var cacheFolder = description["cache"]!.GetValue<string>();
            using var cache = SampleCache.Open(cacheFolder);
            if (cache.Manifest.Key != description["cacheKey"]!.GetValue<string>())
            {
                return CliText.Fail([$"{cacheFolder} now holds cache {cache.Manifest.Key}, but the run was " +
                    $"trained on {description["cacheKey"]}."]);
            }

            var wanted = RunFolder.TestUnits(RunFolder.Read(run.SplitFile)).ToHashSet();
            var test = new Partition("test", cache.Manifest.Units.Where(u => wanted.Contains((u.Subject, u.Week)))
                .ToArray());
            using var network = ChronoMidNetwork.Load(run.ModelFolder, device);
            var classes = description["classes"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
            var seconds = File.Exists(run.HistoryFile)
                ? RunFolder.Read(run.HistoryFile)["meanSecondsPerEpoch"]?.GetValue<double>() ?? double.NaN
                : double.NaN;
            var report = new EvaluationReport(description["model"]!.GetValue<string>(),
                network.Architecture.Descriptor.ToString(), "test",
                PartitionEvaluator.Evaluate(network, cache, test, classes, cancellationToken: token), seconds,
                network.CountParameters());
            Console.WriteLine(json ? report.ToJson() : report.ToMarkdown());
            return 0;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is InvalidDataException or CacheFormatException
            or NotSupportedException or FormatException or ArgumentException or IOException
            or System.Text.Json.JsonException)
        {
            return CliText.Fail([exception.Message]);
        }
    }
}
