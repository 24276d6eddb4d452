using System.Text.Json;
using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

public sealed class DicomCorpusTests
{
    public static TheoryData<string> AllFiles()
    {
        var data = new TheoryData<string>();
        foreach (var entry in DicomCorpus.Entries)
        {
            data.Add(entry.GetProperty("file").GetString()!);
        }

        return data;
    }

    [Fact]
    public void Manifest_ListsThirtyFiles_AllPresentWithTheirHash()
    {
        Assert.Equal(30, DicomCorpus.Entries.Count);
        foreach (var entry in DicomCorpus.Entries)
        {
            var bytes = File.ReadAllBytes(DicomCorpus.PathOf(entry.GetProperty("file").GetString()!));
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            Assert.Equal(entry.GetProperty("file_sha256").GetString(), sha);
        }
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void Read_CorpusFile_MatchesManifest(string file)
    {
        var entry = DicomCorpus.Entry(file);
        var expected = entry.GetProperty("expected_outcome").GetString()!;
        var path = DicomCorpus.PathOf(file);
        if (expected == "ok")
        {
            var dicom = DicomReader.Read(path);
            AssertHeader(entry, dicom);
            AssertPixels(entry.GetProperty("pixels"), dicom.ComputePixelStatistics());
            return;
        }

        var kind = expected["error: ".Length..];
        var error = Assert.Throws<DicomFormatException>(() =>
        {
            var dicom = DicomReader.Read(path);
            if (kind == "unsupported_transfer_syntax")
            {
                AssertHeader(entry, dicom);
            }

            dicom.GetStoredValues();
        });
        Assert.Equal(kind, error.KindName);
        Assert.Equal(path, error.FilePath);
    }

    [Theory]
    [MemberData(nameof(AllFiles))]
    public void ReadHeader_CorpusFileWithIntactHeader_MatchesManifestHeader(string file)
    {
        var entry = DicomCorpus.Entry(file);
        var expected = entry.GetProperty("expected_outcome").GetString()!;
        if (expected is "error: not_dicom" or "error: truncated" && file != "bad_truncated_pixeldata.dcm")
        {
            Assert.Throws<DicomFormatException>(() => DicomReader.ReadHeader(DicomCorpus.PathOf(file)));
            return;
        }

        var dicom = DicomReader.ReadHeader(DicomCorpus.PathOf(file));
        Assert.True(dicom.IsHeaderOnly);
        AssertHeader(entry, dicom);
        Assert.Throws<InvalidOperationException>(() => dicom.GetStoredValues());
    }

    private static void AssertHeader(JsonElement entry, DicomFile dicom)
    {
        Assert.Equal(entry.GetProperty("transfer_syntax_uid").GetString(), dicom.TransferSyntaxUid);
        Assert.Equal(entry.GetProperty("has_preamble_and_dicm").GetBoolean(), dicom.HasPreamble);
        Assert.Equal(entry.GetProperty("rows").GetInt32(), dicom.Rows);
        Assert.Equal(entry.GetProperty("columns").GetInt32(), dicom.Columns);
        Assert.Equal(entry.GetProperty("frames").GetInt32(), dicom.NumberOfFrames);
        Assert.Equal(entry.GetProperty("bits_allocated").GetInt32(), dicom.BitsAllocated);
        Assert.Equal(entry.GetProperty("bits_stored").GetInt32(), dicom.BitsStored);
        Assert.Equal(entry.GetProperty("high_bit").GetInt32(), dicom.HighBit);
        Assert.Equal(entry.GetProperty("pixel_representation").GetInt32(), dicom.PixelRepresentation);
        Assert.Equal(entry.GetProperty("photometric_interpretation").GetString(), dicom.PhotometricInterpretation);
        Assert.Equal(NullableDouble(entry.GetProperty("rescale_slope")), dicom.RescaleSlope);
        Assert.Equal(NullableDouble(entry.GetProperty("rescale_intercept")), dicom.RescaleIntercept);
    }

    private static void AssertPixels(JsonElement pixels, DicomPixelStatistics actual)
    {
        Assert.Equal(pixels.GetProperty("sha256_int32le").GetString(), actual.Sha256Int32Le);
        Assert.Equal(pixels.GetProperty("value_count").GetInt32(), actual.ValueCount);
        var stored = pixels.GetProperty("stored");
        var modality = pixels.GetProperty("modality");
        Assert.Equal(stored.GetProperty("min").GetInt32(), actual.StoredMin);
        Assert.Equal(stored.GetProperty("max").GetInt32(), actual.StoredMax);
        AssertClose(stored.GetProperty("mean").GetDouble(), actual.StoredMean);
        AssertClose(modality.GetProperty("min").GetDouble(), actual.ModalityMin);
        AssertClose(modality.GetProperty("max").GetDouble(), actual.ModalityMax);
        AssertClose(modality.GetProperty("mean").GetDouble(), actual.ModalityMean);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
            $"expected {expected:R}, found {actual:R}");

    private static double? NullableDouble(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();
}
