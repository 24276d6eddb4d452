using System.CommandLine;
using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Imaging;
using ChronoMid.Studies;
using ChronoMid.Temporal;
using Spectre.Console;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid preprocess STUDY CACHE</c>: discover, expand, register, describe and cache a study.</summary>
internal static class PreprocessCommand
{
    public static Command Create()
    {
        var study = new Argument<DirectoryInfo>("STUDY") { Description = "The study folder (subject folders)." };
        var cache = new Argument<DirectoryInfo>("CACHE")
        {
            Description = "The cache root; the cache is written to CACHE/<key>.",
        };
        var canvas = new Option<string>("--canvas")
        {
            Description = "largest (the largest slice in the study) or ROWSxCOLUMNS.",
            DefaultValueFactory = _ => "largest",
        };
        var fit = new Option<string>("--fit")
        {
            Description = "With --canvas ROWSxCOLUMNS: pad, scale (keep aspect ratio) or stretch.",
            DefaultValueFactory = _ => "pad",
        };
        var upsample = new Option<int>("--upsample")
        {
            Description = "Register to 1/N of a pixel.",
            DefaultValueFactory = _ => 10,
        };
        var describe = new Option<string>("--describe")
        {
            Description = "Inputs each sample carries, joined by '+': image, abs, rel (timestamps are always " +
                "kept). The default serves all six paper models from one cache.",
            DefaultValueFactory = _ => "image+abs+rel",
        };
        var labels = new Option<FileInfo?>("--labels") { Description = "The labels file (default STUDY/labels.csv)." };
        var start = new Option<string?>("--study-start")
        {
            Description = "Count weeks from this day (yyyy-MM-dd) instead of each subject's first scan.",
        };
        var command = new Command("preprocess", "Discover a study, expand, register and describe its slices, and " +
            "write them once to a cache that training reads memory-mapped.")
        {
            study, cache, canvas, fit, upsample, describe, labels, start,
        };
        command.SetAction((result, token) => Task.FromResult(Run(new Request(
            result.GetValue(study)!, result.GetValue(cache)!, result.GetValue(canvas)!, result.GetValue(fit)!,
            result.GetValue(upsample), result.GetValue(describe)!, result.GetValue(labels),
            result.GetValue(start)), token)));
        return command;
    }

    private static int Run(Request request, CancellationToken token)
    {
        var problems = new List<string>();
        var options = new StudyDiscoveryOptions { LabelsPath = request.Labels?.FullName };
        if (request.Start is { } startText)
        {
            if (DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
                    out var day))
            {
                options.StudyStart = day;
            }
            else
            {
                problems.Add($"--study-start '{startText}' is not a date; expected yyyy-MM-dd, e.g. 2019-03-04.");
            }
        }

        TemporalDescriptor? descriptor = null;
        try
        {
            descriptor = TemporalDescriptor.Parse(request.Describe);
        }
        catch (FormatException ex)
        {
            problems.Add("--describe: " + ex.Message);
        }

        var size = default(SliceSize);
        if (request.Canvas != "largest" && !CliText.TryParseSize(request.Canvas, out size))
        {
            problems.Add($"--canvas '{request.Canvas}' is neither 'largest' nor ROWSxCOLUMNS such as 501x763.");
        }

        CanvasFit? fit = request.Fit switch
        {
            "pad" => CanvasFit.PadOnly,
            "scale" => CanvasFit.ScaleKeepingAspectRatio,
            "stretch" => CanvasFit.Stretch,
            _ => null,
        };
        if (fit is null)
        {
            problems.Add($"--fit '{request.Fit}' is unknown; expected pad, scale or stretch.");
        }

        if (request.Upsample < 1)
        {
            problems.Add($"--upsample {request.Upsample} is below 1.");
        }

        if (!request.Study.Exists)
        {
            problems.Add($"Study folder {request.Study.FullName} does not exist.");
        }

        if (problems.Count > 0)
        {
            return CliText.Fail(problems);
        }

        try
        {
            return Preprocess(request, options, descriptor!, size, fit!.Value, token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled. Finished subject-timepoints are kept in the cache; run the same " +
                "command again to resume.");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is StudyFormatException or InvalidOperationException or IOException)
        {
            return CliText.Fail(ex.Message);
        }
    }

    private static int Preprocess(Request request, StudyDiscoveryOptions options, TemporalDescriptor descriptor,
        SliceSize size, CanvasFit fit, CancellationToken token)
    {
        LongitudinalStudy? study = null;
        PreprocessingSummary? summary = null;
        PreprocessingPipeline? pipeline = null;
        AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var discovering = context.AddTask("Reading headers");
                var discoveryProgress = new Progress<DiscoveryProgress>(
                    p => discovering.Value(100.0 * p.FilesRead / Math.Max(1, p.FilesTotal)));
                study = LongitudinalStudy.Open(request.Study.FullName, options, progress: discoveryProgress,
                    cancellationToken: token);
                discovering.Value(100);
                var builder = Preprocessing.For(study).Describe(descriptor).CacheIn(request.Cache.FullName)
                    .Register(request.Upsample);
                builder = request.Canvas == "largest" ? builder.ExpandToLargestSlice() : builder.ExpandTo(size, fit);
                pipeline = builder.Build();
                var preprocessing = context.AddTask("Preprocessing subjects");
                summary = pipeline.Run(new Progress<PreprocessingProgress>(
                    p => preprocessing.Value(100.0 * p.SubjectsDone / Math.Max(1, p.SubjectsTotal))), token);
                preprocessing.Value(100);
            });
        PrintSummary(study!, pipeline!, summary!);
        return ExitCodes.Ok;
    }

    private static void PrintSummary(LongitudinalStudy study, PreprocessingPipeline pipeline,
        PreprocessingSummary summary)
    {
        var weeks = study.Subjects.SelectMany(s => s.Weeks).Distinct().Order().ToArray();
        Console.WriteLine($"Study {study.Folder}: {study.Subjects.Count} subjects, weeks {string.Join(", ", weeks)}, "
            + $"{study.Report.SlicesKept} slices; {study.Report.FilesSkipped} of {study.Report.FilesSeen} files "
            + "skipped.");
        foreach (var kind in study.Report.Issues.GroupBy(i => i.Kind))
        {
            Console.WriteLine($"  {kind.Key} ({kind.Count()}):");
            foreach (var issue in kind.Take(5))
            {
                Console.WriteLine($"    {issue.Message}");
            }

            if (kind.Count() > 5)
            {
                Console.WriteLine($"    … and {kind.Count() - 5} more");
            }
        }

        foreach (var issue in summary.Issues)
        {
            Console.WriteLine($"  left out: {issue.Message}");
        }

        Console.WriteLine($"Canvas {pipeline.Canvas}; inputs {pipeline.Descriptor}; cache {summary.CacheFolder}");
        if (summary.ReusedCompleteCache)
        {
            Console.WriteLine("The cache was already complete for these files and settings; nothing was rewritten.");
            return;
        }

        Console.WriteLine($"Wrote {summary.UnitsWritten} subject-timepoints ({summary.SamplesWritten} samples), " +
            $"kept {summary.UnitsReused} from an interrupted run, in {CliText.Duration(summary.Elapsed)}.");
        Console.WriteLine($"Time per stage (summed over threads): reading {CliText.Duration(summary.Reading)}, " +
            $"expanding {CliText.Duration(summary.Expanding)}, registering {CliText.Duration(summary.Registering)}, " +
            $"writing {CliText.Duration(summary.Writing)}.");
    }

    private sealed record Request(DirectoryInfo Study, DirectoryInfo Cache, string Canvas, string Fit, int Upsample,
        string Describe, FileInfo? Labels, string? Start);
}
