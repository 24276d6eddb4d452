using System.Globalization;
using ChronoMid.Cli.Figures;
using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Evaluation.Reports;
using ChronoMid.Imaging;
using ChronoMid.Studies;
using ChronoMid.Temporal;
using Spectre.Console;

namespace ChronoMid.Cli.Commands;

/// <summary>
/// The main job behind <c>reproduce</c> and <c>demo</c>: preprocess a study once (image, absolute and relative
/// difference, so one cache serves all six models), run the experiment, and write the tables, reports and figures.
/// </summary>
internal static class ExperimentRunner
{
    public static async Task<int> RunAsync(ExperimentRequest request, CancellationToken token)
    {
        SampleCache cache;
        try
        {
            cache = Preprocess(request, token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled while preprocessing. Finished subject-timepoints are kept in the " +
                "cache; run the same command again to continue.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception) when (exception is StudyFormatException or InvalidOperationException
            or IOException or ArgumentException)
        {
            return CliText.Fail(exception.Message);
        }

        using (cache)
        {
            Experiment experiment;
            try
            {
                var builder = Experiment.For(cache).Models(request.Models).Runs(request.Runs)
                    .EpochBudgets(request.EpochBudgets).Partitioning(request.Partitioning)
                    .StratifyByClass(request.StratifyByClass).Seed(request.Seed)
                    .Device(request.Device).KeepRunsIn(request.RunsFolder).WithLogger(new ConsoleLineLogger());
                if (request.Threads is { } threads)
                {
                    builder.Threads(threads);
                }

                experiment = builder.Build();
            }
            catch (InvalidExperimentException exception)
            {
                return CliText.Fail(exception.Problems);
            }

            ExperimentSummary summary;
            try
            {
                summary = await RunExperimentAsync(experiment, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"Cancelled. Finished runs are kept in {request.RunsFolder}; run the same " +
                    "command again to continue where it stopped.");
                return ExitCodes.Cancelled;
            }
            catch (Exception exception) when (exception is InvalidOperationException or InvalidDataException)
            {
                return CliText.Fail(exception.Message);
            }

            Report(request, cache, summary);
            return ExitCodes.Ok;
        }
    }

    private static SampleCache Preprocess(ExperimentRequest request, CancellationToken token)
    {
        if (!Directory.Exists(request.Study.FullName))
        {
            throw new IOException($"Study folder {request.Study.FullName} does not exist.");
        }

        PreprocessingSummary? summary = null;
        PreprocessingPipeline? pipeline = null;
        LongitudinalStudy? study = null;
        AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var discovering = context.AddTask("Reading headers");
                study = LongitudinalStudy.Open(request.Study.FullName, progress: new Progress<DiscoveryProgress>(
                    p => discovering.Value(100.0 * p.FilesRead / Math.Max(1, p.FilesTotal))), cancellationToken: token);
                discovering.Value(100);
                var builder = Preprocessing.For(study).Describe(TemporalDescriptor.Parse("image+abs+rel"))
                    .CacheIn(request.CacheRoot);
                builder = request.Canvas is { } canvas
                    ? builder.ExpandTo(canvas, CanvasFit.ScaleKeepingAspectRatio)
                    : builder.ExpandToLargestSlice();
                pipeline = builder.Build();
                var preprocessing = context.AddTask("Preprocessing subjects");
                summary = pipeline.Run(new Progress<PreprocessingProgress>(
                    p => preprocessing.Value(100.0 * p.SubjectsDone / Math.Max(1, p.SubjectsTotal))), token);
                preprocessing.Value(100);
            });
        Console.WriteLine($"Study {study!.Folder}: {study.Subjects.Count} subjects, {study.Report.SlicesKept} " +
            $"slices; canvas {pipeline!.Canvas}; cache {summary!.CacheFolder}" +
            (summary.ReusedCompleteCache ? " (reused)." : $" ({summary.SamplesWritten} samples written)."));
        return SampleCache.Open(summary.CacheFolder);
    }

    private static async Task<ExperimentSummary> RunExperimentAsync(Experiment experiment, CancellationToken token)
    {
        var settings = experiment.Settings;
        Console.WriteLine($"Experiment: {string.Join(", ", settings.Models)}; {settings.Runs} run(s) × epoch " +
            $"budget(s) {string.Join(", ", settings.EpochBudgets)} = {settings.TotalRuns} runs; runs kept in " +
            $"{settings.RunsFolder}.");
        ExperimentSummary? summary = null;
        await AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn { Alignment = Justify.Left },
                new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Runs", maxValue: settings.TotalRuns);
                var progress = new ExperimentProgressBar(task);
                summary = await experiment.RunAsync(progress, token).ConfigureAwait(false);
                task.Value(settings.TotalRuns);
            }).ConfigureAwait(false);
        return summary!;
    }

    private static void Report(ExperimentRequest request, SampleCache cache, ExperimentSummary summary)
    {
        Console.WriteLine();
        Console.WriteLine(TextTables.Render(summary));
        var reports = ReportWriter.WriteAll(summary, request.Output.FullName);
        var figures = FigureWriter.WriteAll(summary, request.FiguresFolder).ToList();
        if (cache.Layout.Channels.Contains("image") && cache.Layout.Channels.Any(c => c is "abs" or "rel"))
        {
            var samples = Path.Combine(request.FiguresFolder, "samples.png");
            FigureWriter.WriteSamples(samples, SampleImagesReader.Read(cache, 4));
            figures.Insert(0, Path.GetFullPath(samples));
        }

        Console.WriteLine(
            $"Reports: {string.Join(", ", reports.Select(Path.GetFileName))} in {request.Output.FullName}");
        Console.WriteLine($"Figures: {figures.Count} PNG files in {request.FiguresFolder}");
        Console.WriteLine($"Runs:    {summary.Runs.Count} run records in {request.RunsFolder}" +
            (summary.FailedRuns.Count > 0
                ? string.Create(CultureInfo.InvariantCulture, $" ({summary.FailedRuns.Count} failed; see report.md)")
                : ""));
    }

    /// <summary>Moves one progress bar through the runs, describing the current run, epoch, step and speed.</summary>
    private sealed class ExperimentProgressBar(ProgressTask task) : IProgress<ExperimentProgress>
    {
        public void Report(ExperimentProgress value)
        {
            var run = $"run {value.Run}/{value.Runs} {value.Model} ({value.EpochBudget} ep., #{value.RunIndex})";
            switch (value.Phase)
            {
                case ExperimentPhase.Training when value.StepsPerEpoch > 0:
                    var within = ((value.Epoch - 1) + ((double)value.Step / value.StepsPerEpoch)) / value.EpochBudget;
                    task.Value(value.Run - 1 + Math.Clamp(within, 0, 1));
                    task.Description(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                        $"{run}: epoch {value.Epoch}/{value.EpochBudget} step {value.Step}/{value.StepsPerEpoch}, " +
                        $"{value.ImagesPerSecond:F0} images/s")));
                    break;
                case ExperimentPhase.Evaluating:
                    task.Description(Markup.Escape($"{run}: testing"));
                    break;
                default:
                    task.Value(value.Run);
                    break;
            }
        }
    }
}
