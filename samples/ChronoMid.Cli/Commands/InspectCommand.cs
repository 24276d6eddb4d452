using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ChronoMid.Dicom;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid inspect FILE [--json]</c>: header summary and pixel statistics of one DICOM file.</summary>
internal static class InspectCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The DICOM file to inspect." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a summary." };
        var command = new Command("inspect", "Header summary and pixel statistics of one DICOM file.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(result =>
        {
            var report = DicomInspection.Inspect(result.GetValue(file)!);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                PrintSummary(result.GetValue(file)!, report);
            }

            return report.Outcome == "ok" ? 0 : 2;
        });
        return command;
    }

    private static void PrintSummary(string path, DicomInspectionReport report)
    {
        var header = report.Header;
        Console.WriteLine(path);
        if (report.Outcome != "ok")
        {
            Console.Error.WriteLine($"error ({report.ErrorKind}): {report.Message}");
        }

        if (header is null)
        {
            return;
        }

        Line("transfer syntax", $"{header.TransferSyntax.Name} ({header.TransferSyntaxUid})");
        Line("image", $"{Show(report.Rows)} rows x {Show(report.Columns)} columns x {Show(report.Frames)} frames");
        Line("bits", $"allocated {Show(report.BitsAllocated)}, stored {Show(report.BitsStored)}, " +
            $"{(report.PixelRepresentation == 1 ? "signed" : "unsigned")}, {report.PhotometricInterpretation}");
        Line("rescale", report.RescaleSlope is null && report.RescaleIntercept is null ? "absent"
            : $"slope {Show(report.RescaleSlope)}, intercept {Show(report.RescaleIntercept)}");
        Line("patient", header.PatientId);
        Line("study date", header.StudyDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("acquisition date", header.AcquisitionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Line("series", $"{header.SeriesDescription} ({header.SeriesInstanceUid})");
        Line("instance number", Show(header.InstanceNumber));
        Line("position (mm)", Join(header.ImagePositionPatient));
        Line("orientation", Join(header.ImageOrientationPatient));
        Line("pixel spacing (mm)", Join(header.PixelSpacing));
        Line("slice thickness (mm)", Show(header.SliceThickness));
        if (report is { Stored: { } stored, Modality: { } modality })
        {
            Line("stored values", $"min {Show(stored.Min)}, max {Show(stored.Max)}, mean {Show(stored.Mean)}");
            Line("modality values", $"min {Show(modality.Min)}, max {Show(modality.Max)}, mean {Show(modality.Mean)}");
            Line("sha256 (int32 LE)", report.Sha256Int32Le);
        }
    }

    private static void Line(string name, string? value) => Console.WriteLine($"  {name,-22}{value ?? "-"}");

    private static string Show(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

    private static string? Join(IReadOnlyList<double>? values) =>
        values is null ? null : string.Join(" \\ ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
