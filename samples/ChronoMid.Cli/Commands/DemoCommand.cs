using System.CommandLine;
using System.Globalization;
using ChronoMid.Synthetic;
using Spectre.Console;

namespace ChronoMid.Cli.Commands;

/// <summary>
/// <c>chronomid demo</c>: the main job with no arguments. Synthesises a small phantom study, preprocesses it, runs
/// the paper's six models, and prints the tables and where the report and figures are.
/// </summary>
/// <remarks>
/// The defaults are sized to finish in a few minutes on a two-core CPU: the demo phantom scale (a quarter of the
/// paper's resolution) with <see cref="DefaultSlices"/> slices per weekly scan, slices scaled onto a
/// <see cref="DefaultCanvas"/> canvas, <see cref="DefaultRuns"/> runs of <see cref="DefaultEpochs"/> epochs per
/// model. Only size and
/// budget are reduced; the phantom's biology is the same as <c>chronomid synth</c>'s.
/// </remarks>
internal static class DemoCommand
{
    public const double DefaultScale = 0.25;
    public const int DefaultSlices = 12;
    public const string DefaultCanvas = "64x96";
    public const string DefaultEpochs = "10";
    public const int DefaultRuns = 2;

    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The demo folder: study/, cache/, runs/, figures/ and the reports.",
            DefaultValueFactory = _ => new DirectoryInfo("chronomid-demo"),
        };
        var scale = new Option<double>("--scale")
        {
            Description = "Phantom resolution relative to the paper's 10 μm pixels, in (0, 1].",
            DefaultValueFactory = _ => DefaultScale,
        };
        var slices = new Option<int>("--slices")
        {
            Description = "Slices per weekly scan.",
            DefaultValueFactory = _ => DefaultSlices,
        };
        var options = new ExperimentOptions(runs: DefaultRuns, epochs: DefaultEpochs, canvas: DefaultCanvas);
        var command = new Command("demo", "Synthesise a small longitudinal study, preprocess it, run the paper's " +
            "six models on it and print the tables. Needs no arguments; takes a few minutes on a laptop CPU.")
        {
            output,
            scale,
            slices,
        };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) =>
        {
            var problems = new List<string>();
            var factor = result.GetValue(scale);
            if (factor is not (> 0 and <= 1))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"--scale {factor} is not in (0, 1]."));
            }

            var count = result.GetValue(slices);
            if (count < 2)
            {
                problems.Add($"--slices {count} is below 2.");
            }

            var folder = result.GetValue(output)!;
            var request = options.Read(result, new DirectoryInfo(Path.Combine(folder.FullName, "study")), folder,
                problems);
            return problems.Count > 0
                ? Task.FromResult(CliText.Fail(problems))
                : RunAsync(request!, factor, count, token);
        });
        return command;
    }

    private static async Task<int> RunAsync(ExperimentRequest request, double scale, int slices,
        CancellationToken token)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            Synthesise(request.Study, scale, slices, token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled while writing the phantom study; run the demo again to start over.");
            return ExitCodes.Cancelled;
        }
        catch (PhantomOptionsException exception)
        {
            return CliText.Fail(exception.Problems);
        }

        var code = await ExperimentRunner.RunAsync(request, token).ConfigureAwait(false);
        if (code == ExitCodes.Ok)
        {
            Console.WriteLine($"Demo finished in {CliText.Duration(clock.Elapsed)}. Scale it up with --scale, " +
                "--slices, --runs, --epochs and --canvas; run your own study with chronomid reproduce.");
        }

        return code;
    }

    /// <summary>Writes the phantom study, unless an earlier demo wrote it with the same settings.</summary>
    private static void Synthesise(DirectoryInfo folder, double scale, int slices, CancellationToken token)
    {
        var marker = Path.Combine(folder.FullName, "labels.csv");
        var settingsFile = Path.Combine(folder.Parent!.FullName, "study-settings.txt");
        var settings = string.Create(CultureInfo.InvariantCulture, $"scale {scale}, {slices} slices per scan");
        if (File.Exists(marker) && File.Exists(settingsFile) && File.ReadAllText(settingsFile) == settings)
        {
            Console.WriteLine($"Using the phantom study already in {folder.FullName} ({settings}).");
            return;
        }

        if (folder.Exists)
        {
            folder.Delete(recursive: true);
        }

        Directory.CreateDirectory(folder.FullName);

        var study = PhantomStudy.Create(new PhantomOptions { Scale = PhantomScale.FromFactor(scale, slices) });
        AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Writing the phantom study");
                PhantomStudyWriter.Write(study, folder.FullName, new Progress<PhantomWriteProgress>(
                    p => task.Value(100.0 * p.ScansWritten / Math.Max(1, p.ScansTotal))), token);
                task.Value(100);
            });
        File.WriteAllText(settingsFile, settings);
        Console.WriteLine($"Wrote a phantom study ({settings}) to {folder.FullName}.");
    }
}
