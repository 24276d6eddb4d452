using System.CommandLine;

namespace ChronoMid.Cli.Commands;

/// <summary>
/// <c>chronomid reproduce STUDY --out DIR</c>: preprocess a study, train and test every model over several runs and
/// epoch budgets, and write the paper's Tables 2–4 with figures.
/// </summary>
internal static class ReproduceCommand
{
    public static Command Create()
    {
        var study = new Argument<DirectoryInfo>("STUDY") { Description = "The study folder (subject folders)." };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The output folder: cache/, runs/, figures/, report.md, table2-4.csv, report.json.",
            Required = true,
        };
        var options = new ExperimentOptions(runs: 3, epochs: "5,10", canvas: "largest");
        var command = new Command("reproduce", "Preprocess a study, train and test every model over several runs " +
            "and epoch budgets, and write the paper's Tables 2–4, reports and figures. Finished runs are kept; " +
            "rerunning the same command continues where it stopped.")
        {
            study,
            output,
        };
        foreach (var option in options.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) =>
        {
            var problems = new List<string>();
            var folder = result.GetValue(study)!;
            if (!folder.Exists)
            {
                problems.Add($"Study folder {folder.FullName} does not exist.");
            }

            var request = options.Read(result, folder, result.GetValue(output)!, problems);

            return problems.Count > 0
                ? Task.FromResult(CliText.Fail(problems))
                : ExperimentRunner.RunAsync(request!, token);
        });
        return command;
    }
}
