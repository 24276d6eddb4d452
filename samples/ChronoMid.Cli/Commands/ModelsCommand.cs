using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Models;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid models</c>: every named model with its parameter counts and forward cost.</summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input")
        {
            Description = "Input size in pixels, rows x columns.",
            DefaultValueFactory = _ => "501x763",
        };
        var classes = new Option<string>("--classes")
        {
            Description = "Number of classes (at least 2).",
            DefaultValueFactory = _ => "2",
        };
        var variant = new Option<string>("--variant")
        {
            Description = "faithful (the paper's layers, slips included) or standard (per-channel batch norm).",
            DefaultValueFactory = _ => "faithful",
        };
        var json = new Option<bool>("--json") { Description = "Write a JSON array instead of a table." };
        var command = new Command("models",
            "List the paper's six models, then the extras, with parameter counts and forward GFLOP per image.")
        {
            input, classes, variant, json,
        };
        command.SetAction(result => Run(
            result.GetValue(input)!, result.GetValue(classes)!, result.GetValue(variant)!, result.GetValue(json)));
        return command;
    }

    private static int Run(string input, string classesText, string variantText, bool json)
    {
        var problems = new List<string>();
        var size = input.Split('x', 'X', '×');
        int rows = 0, columns = 0;
        if (size.Length != 2 || !int.TryParse(size[0], NumberStyles.None, CultureInfo.InvariantCulture, out rows)
            || !int.TryParse(size[1], NumberStyles.None, CultureInfo.InvariantCulture, out columns))
        {
            problems.Add($"--input '{input}' is not a size; expected rows x columns in pixels, for example 501x763.");
        }

        if (!int.TryParse(classesText, NumberStyles.None, CultureInfo.InvariantCulture, out var classes))
        {
            problems.Add($"--classes '{classesText}' is not a whole number; expected 2 or more.");
        }

        ModelVariant? variant = variantText.ToLowerInvariant() switch
        {
            "faithful" => ModelVariant.Faithful,
            "standard" => ModelVariant.Standard,
            _ => null,
        };
        if (variant is null)
        {
            problems.Add($"--variant '{variantText}' is unknown; expected faithful or standard.");
        }

        if (problems.Count > 0)
        {
            return CliText.Fail(problems);
        }

        IReadOnlyList<ModelSummary> summaries;
        try
        {
            summaries = ModelCatalog.Summarise(rows, columns, classes, variant!.Value);
        }
        catch (InvalidArchitectureException exception)
        {
            return CliText.Fail(exception.Problems);
        }

        Console.WriteLine(json ? JsonSerializer.Serialize(summaries, CliText.Json) : Table(summaries, rows, columns,
            variant.Value));
        return 0;
    }


    private static string Table(IReadOnlyList<ModelSummary> summaries, int rows, int columns, ModelVariant variant)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"{variant} variant, input {rows} x {columns} pixels (parameters counted as Keras counts them)"),
            $"{"model",-16} {"descriptor",-17} {"total",11} {"trainable",11} {"non-trainable",13} {"GFLOP",7}",
        };
        lines.AddRange(summaries.Select(s => string.Create(CultureInfo.InvariantCulture,
            $"{s.Name,-16} {s.Descriptor,-17} {s.Total,11:N0} {s.Trainable,11:N0} {s.NonTrainable,13:N0} "
            + $"{s.Gflops,7:F3}")));
        return string.Join(Environment.NewLine, lines);
    }
}
