using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Dicom;
using ChronoMid.Imaging;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid register REFERENCE COMPARISON</c>: the shift that aligns one slice onto another.</summary>
internal static class RegisterCommand
{
    public static Command Create()
    {
        var reference = new Argument<FileInfo>("REFERENCE") { Description = "The reference slice (earlier week)." };
        var comparison = new Argument<FileInfo>("COMPARISON")
        {
            Description = "The comparison slice (later week), which stays where it is.",
        };
        var upsample = new Option<int>("--upsample")
        {
            Description = "Find the shift to 1/N of a pixel.",
            DefaultValueFactory = _ => 10,
        };
        var json = new Option<bool>("--json") { Description = "Print {\"dy\", \"dx\", \"error\"} as JSON." };
        var command = new Command("register",
            "Print the shift (rows, columns; pixels) that aligns REFERENCE onto COMPARISON, after expanding both " +
            "to a common canvas; the sign convention is scikit-image's phase_cross_correlation(comparison, " +
            "reference).")
        {
            reference, comparison, upsample, json,
        };
        command.SetAction(result => Run(result.GetValue(reference)!, result.GetValue(comparison)!,
            result.GetValue(upsample), result.GetValue(json)));
        return command;
    }

    private static int Run(FileInfo referenceFile, FileInfo comparisonFile, int upsample, bool json)
    {
        if (upsample < 1)
        {
            return CliText.Fail($"--upsample {upsample} is below 1; expected a whole number of 1 or more.");
        }

        ImageSlice reference, comparison;
        try
        {
            reference = Read(referenceFile);
            comparison = Read(comparisonFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CliText.Fail(ex.Message);
        }

        var canvas = CanvasExpansion.ToLargest([reference.Size, comparison.Size]);
        var registration = new PhaseCorrelation(new PhaseCorrelationOptions { UpsampleFactor = upsample });
        var shift = registration.Register(canvas.Expand(comparison).Image, canvas.Expand(reference).Image);
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(
                new { dy = shift.RowShift, dx = shift.ColumnShift, error = shift.Error }, CliText.Json));
        }
        else
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"canvas {canvas.Canvas}; shift dy = {shift.RowShift:0.###} rows, dx = {shift.ColumnShift:0.###} " +
                $"columns; error {shift.Error:0.####}"));
        }

        return ExitCodes.Ok;
    }

    private static ImageSlice Read(FileInfo file)
    {
        var dicom = DicomReader.Read(file.FullName);
        if (dicom.NumberOfFrames != 1 || dicom.Rows is not { } rows || dicom.Columns is not { } columns)
        {
            throw new IOException($"{file.FullName}: expected a single-frame grayscale slice.");
        }

        return ImageSlice.TakeOwnership(rows, columns, dicom.GetModalityValues());
    }
}
