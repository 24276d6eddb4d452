using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Imaging;
using ChronoMid.Models;
using ChronoMid.Training;

namespace ChronoMid.Cli.Commands;

/// <summary>The experiment options <c>reproduce</c> and <c>demo</c> share, with their parsing and checks.</summary>
internal sealed class ExperimentOptions
{
    public ExperimentOptions(int runs, string epochs, string canvas)
    {
        Runs = new Option<int>("--runs")
        {
            Description = "Runs per model and epoch budget, each on its own split (shared by all models).",
            DefaultValueFactory = _ => runs,
        };
        Epochs = new Option<string>("--epochs")
        {
            Description = "Epoch budgets, comma-separated; every model and run trains once per budget.",
            DefaultValueFactory = _ => epochs,
        };
        Canvas = new Option<string>("--canvas")
        {
            Description = "largest (the largest slice in the study) or ROWSxCOLUMNS (slices scaled to fit, " +
                "keeping their aspect ratio).",
            DefaultValueFactory = _ => canvas,
        };
    }

    public Option<string> Models { get; } = new("--models")
    {
        Description = "Models to compare, comma-separated (see chronomid models).",
        DefaultValueFactory = _ => string.Join(',', ModelCatalog.Names.Take(ModelCatalog.PaperModelCount)),
    };

    public Option<int> Runs { get; }

    public Option<string> Epochs { get; }

    public Option<string> Canvas { get; }

    public Option<string> Partition { get; } = new("--partition")
    {
        Description = "subject-week (the paper's mouse-week units) or subject (no test subject seen in training).",
        DefaultValueFactory = _ => "subject-week",
    };

    public Option<bool> Unstratified { get; } = new("--unstratified")
    {
        Description = "Draw test and validation units at random, as the paper did, instead of class by class.",
    };

    public Option<long> Seed { get; } = new("--seed")
    {
        Description = "The experiment seed; run r's split, weights and shuffles derive from it and r.",
        DefaultValueFactory = _ => 7,
    };

    public Option<string> Device { get; } = new("--device")
    {
        Description = "auto, cpu, cuda or cuda:INDEX.",
        DefaultValueFactory = _ => "auto",
    };

    public Option<int?> Threads { get; } = new("--threads") { Description = "Torch threads (default: torch's own)." };

    public IEnumerable<Option> All => [Models, Runs, Epochs, Canvas, Partition, Unstratified, Seed, Device, Threads];

    /// <summary>Reads and checks the options; every problem is added to <paramref name="problems"/>.</summary>
    public ExperimentRequest? Read(ParseResult result, DirectoryInfo study, DirectoryInfo output, List<string> problems)
    {
        var models = result.GetValue(Models)!
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var model in models.Where(m => !ModelCatalog.Names.Contains(m, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add($"--models: '{model}' is unknown; expected some of {string.Join(", ", ModelCatalog.Names)}.");
        }

        if (models.Length == 0)
        {
            problems.Add("--models lists no model.");
        }

        var runs = result.GetValue(Runs);
        if (runs < 1)
        {
            problems.Add($"--runs {runs} is below 1.");
        }

        var epochsText = result.GetValue(Epochs)!;
        var budgets = new List<int>();
        foreach (var part in epochsText.Split(',', StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var budget) && budget >= 1)
            {
                budgets.Add(budget);
            }
            else
            {
                problems.Add($"--epochs '{epochsText}': '{part}' is not a whole number of epochs of at least 1.");
            }
        }

        var canvasText = result.GetValue(Canvas)!;
        SliceSize? canvas = null;
        if (canvasText != "largest")
        {
            if (CliText.TryParseSize(canvasText, out var size))
            {
                canvas = size;
            }
            else
            {
                problems.Add($"--canvas '{canvasText}' is neither 'largest' nor ROWSxCOLUMNS such as 64x96.");
            }
        }

        var partitionText = result.GetValue(Partition)!;
        PartitionUnit? unit = partitionText switch
        {
            "subject-week" => PartitionUnit.SubjectTimepoint,
            "subject" => PartitionUnit.Subject,
            _ => null,
        };
        if (unit is null)
        {
            problems.Add($"--partition '{partitionText}' is unknown; expected subject-week or subject.");
        }

        ComputeDevice? device = null;
        try
        {
            device = ComputeDevice.Parse(result.GetValue(Device)!);
            device.Resolve();
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException
            or NotSupportedException)
        {
            problems.Add("--device: " + exception.Message);
        }

        var threads = result.GetValue(Threads);
        if (threads is < 1)
        {
            problems.Add($"--threads {threads} is below 1.");
        }

        return problems.Count > 0
            ? null
            : new ExperimentRequest(study, output, models, runs, budgets, canvas, unit!.Value,
                !result.GetValue(Unstratified), result.GetValue(Seed), device!, threads);
    }
}
