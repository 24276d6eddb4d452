using System.Text.Json;
using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

public sealed class DicomInspectionTests
{
    private static readonly JsonSerializerOptions CamelCase =
        new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static TheoryData<string> AllFiles() => DicomCorpusTests.AllFiles();

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Inspect_CorpusFile_OutcomeAndStatisticsMatchManifest(string file)
    {
        var entry = DicomCorpus.Entry(file);
        var expected = entry.GetProperty("expected_outcome").GetString()!;
        var report = DicomInspection.Inspect(DicomCorpus.PathOf(file));
        if (expected == "ok")
        {
            Assert.Equal("ok", report.Outcome);
            Assert.Null(report.ErrorKind);
            Assert.Null(report.Message);
            var pixels = entry.GetProperty("pixels");
            Assert.Equal(pixels.GetProperty("sha256_int32le").GetString(), report.Sha256Int32Le);
            Assert.Equal(pixels.GetProperty("stored").GetProperty("min").GetDouble(), report.Stored!.Min);
            Assert.Equal(pixels.GetProperty("modality").GetProperty("max").GetDouble(), report.Modality!.Max, 9);
            Assert.Equal(entry.GetProperty("rows").GetInt32(), report.Rows);
            Assert.Equal(entry.GetProperty("frames").GetInt32(), report.Frames);
        }
        else
        {
            Assert.Equal("error", report.Outcome);
            Assert.Equal(expected["error: ".Length..], report.ErrorKind);
            Assert.NotNull(report.Message);
            Assert.Null(report.Sha256Int32Le);
        }
    }

    [Fact]
    public void Inspect_JpegFile_KeepsHeaderFields()
    {
        var report = DicomInspection.Inspect(DicomCorpus.PathOf("real_jpeg_extended_nema.dcm"));
        Assert.Equal("unsupported_transfer_syntax", report.ErrorKind);
        Assert.Equal(("1.2.840.10008.1.2.4.51", 1024, 256, 12), (report.TransferSyntaxUid, report.Rows,
            report.Columns, report.BitsStored));
    }

    [Fact]
    public void Inspect_MissingFile_IsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), "chronomid-no-such-file.dcm");
        var report = DicomInspection.Inspect(path);
        Assert.Equal(("error", "file_not_found"), (report.Outcome, report.ErrorKind));
        Assert.StartsWith($"{path} does not exist.", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Report_HasExactlyTheContractFields()
    {
        var report = DicomInspection.Inspect(DicomCorpus.PathOf("real_ct_small_evrle.dcm"));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, CamelCase));
        Assert.Equal(
            ["outcome", "errorKind", "message", "transferSyntaxUid", "rows", "columns", "frames", "bitsAllocated",
                "bitsStored", "pixelRepresentation", "photometricInterpretation", "rescaleSlope", "rescaleIntercept",
                "sha256Int32Le", "stored", "modality"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(-896, json.RootElement.GetProperty("modality").GetProperty("min").GetDouble());
    }
}
