using System.CommandLine;
using System.Globalization;
using ChronoMid.Synthetic;
using Spectre.Console;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid synth DIR</c>: write a synthetic longitudinal μCT study as DICOM plus labels.csv.</summary>
internal static class SynthCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "The folder to write the study into." };
        var subjects = new Option<int>("--subjects-per-group")
        {
            Description = "Subjects in each group (control, pth).",
            DefaultValueFactory = _ => 3,
        };
        var weeks = new Option<string>("--weeks")
        {
            Description = "Scan weeks: a range such as 0-8 or a list such as 0,1,3,4.",
            DefaultValueFactory = _ => "0-8",
        };
        var missing = new Option<string>("--missing-weeks")
        {
            Description = "Weeks nobody was scanned (the paper lacks week 2), or 'none'.",
            DefaultValueFactory = _ => "2",
        };
        var scale = new Option<string>("--scale")
        {
            Description = "demo (40 μm pixels, ~20 slices a week), full (10 μm, 501 × 763, ~1 300 slices) or a " +
                "factor of the full size such as 0.5.",
            DefaultValueFactory = _ => "demo",
        };
        var slices = new Option<int?>("--slices") { Description = "Slices per weekly scan (overrides the scale's)." };
        var treatment = new Option<int>("--treatment-week")
        {
            Description = "The week the treated group's bone formation starts to rise.",
            DefaultValueFactory = _ => 4,
        };
        var seed = new Option<long>("--seed") { Description = "The seed of everything.", DefaultValueFactory = _ => 7 };
        var command = new Command("synth", "Write a synthetic longitudinal μCT study of mouse tibiae (control and " +
            "PTH-treated groups) as DICOM files plus labels.csv.")
        {
            folder, subjects, weeks, missing, scale, slices, treatment, seed,
        };
        command.SetAction((result, token) => Task.FromResult(Run(result.GetValue(folder)!, result.GetValue(subjects),
            result.GetValue(weeks)!, result.GetValue(missing)!, result.GetValue(scale)!, result.GetValue(slices),
            result.GetValue(treatment), result.GetValue(seed), token)));
        return command;
    }

    internal static bool TryParseWeeks(string text, out List<int> weeks)
    {
        weeks = [];
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-');
            if (range.Length == 2 && int.TryParse(range[0], CultureInfo.InvariantCulture, out var from) &&
                int.TryParse(range[1], CultureInfo.InvariantCulture, out var to) && from <= to)
            {
                weeks.AddRange(Enumerable.Range(from, to - from + 1));
            }
            else if (int.TryParse(part, CultureInfo.InvariantCulture, out var week))
            {
                weeks.Add(week);
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static int Run(DirectoryInfo folder, int subjects, string weeksText, string missingText, string scaleText,
        int? slices, int treatmentWeek, long seed, CancellationToken token)
    {
        var problems = new List<string>();
        if (!TryParseWeeks(weeksText, out var weeks))
        {
            problems.Add($"--weeks '{weeksText}' is not a range (0-8) or a list (0,1,3).");
        }

        if (!TryParseWeeks(missingText, out var missing))
        {
            problems.Add($"--missing-weeks '{missingText}' is not a range, a list or 'none'.");
        }

        PhantomScale? scale = scaleText switch
        {
            "demo" => PhantomScale.Demo(),
            "full" => PhantomScale.Full(),
            _ when double.TryParse(scaleText, CultureInfo.InvariantCulture, out var factor) && factor is > 0 and <= 1
                => PhantomScale.FromFactor(factor, Math.Max(4, (int)Math.Round(1300 * factor))),
            _ => null,
        };
        if (scale is null)
        {
            problems.Add($"--scale '{scaleText}' is not demo, full or a factor above 0 and at most 1.");
        }

        if (problems.Count > 0)
        {
            return CliText.Fail(problems);
        }

        if (slices is { } count)
        {
            scale!.SlicesPerScan = count;
        }

        PhantomStudy study;
        try
        {
            study = PhantomStudy.Create(new PhantomOptions
            {
                Seed = seed, SubjectsPerGroup = subjects, Weeks = weeks, MissingWeeks = missing, Scale = scale!,
                TreatmentStartWeek = treatmentWeek,
            });
        }
        catch (PhantomOptionsException ex)
        {
            return CliText.Fail(ex.Problems);
        }

        try
        {
            var written = 0;
            AnsiConsole.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(),
                    new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("Writing scans");
                    written = PhantomStudyWriter.Write(study, folder.FullName, new Progress<PhantomWriteProgress>(
                        p => task.Value(100.0 * p.ScansWritten / p.ScansTotal)), token);
                    task.Value(100);
                });
            var scans = study.Scans.ToArray();
            Console.WriteLine($"Wrote {written} slices in {scans.Length} scans of {study.Subjects.Count} subjects " +
                $"(weeks {string.Join(", ", study.Weeks)}; treatment from week {study.TreatmentStartWeek}) to " +
                $"{folder.FullName}, with labels.csv.");
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled; the files written so far are whole. Run again to complete the study.");
            return ExitCodes.Cancelled;
        }
        catch (IOException ex)
        {
            return CliText.Fail(ex.Message);
        }
    }
}
