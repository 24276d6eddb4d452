using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

public sealed class DicomWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronomid-writer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Write_CtImage_ReadsBackIdentically()
    {
        var image = DicomTestImages.Ct(frames: 2);
        var path = Path.Combine(_folder, "slice.dcm");
        DicomWriter.Write(path, image);

        var file = DicomReader.Read(path);
        Assert.Equal("1.2.840.10008.1.2.1", file.TransferSyntaxUid);
        Assert.Equal(image.StoredValues.ToArray(), file.GetStoredValues());
        Assert.Equal(image.StoredValues.ToArray().Select(v => (float)(v * 0.5 - 1024)), file.GetModalityValues());
        Assert.Equal("MOUSE-07", file.PatientId);
        Assert.Equal(new DateOnly(2019, 3, 4), file.StudyDate);
        Assert.Equal(new DateOnly(2019, 3, 5), file.AcquisitionDate);
        Assert.Equal("week 3 tibia", file.SeriesDescription);
        Assert.Equal(12, file.InstanceNumber);
        Assert.Equal([-12.5, 3.25, 101.125], file.ImagePositionPatient);
        Assert.Equal([1.0, 0, 0, 0, 1, 0], file.ImageOrientationPatient);
        Assert.Equal([0.0105, 0.0105], file.PixelSpacing);
        Assert.Equal(0.0105, file.SliceThickness);
        Assert.Equal(2, file.NumberOfFrames);
        Assert.Equal((21, 17, 16, 16, 15, 1), (file.Rows, file.Columns, file.BitsAllocated, file.BitsStored,
            file.HighBit, file.PixelRepresentation));
        Assert.Equal((0.5, -1024.0), (file.RescaleSlope, file.RescaleIntercept));
        Assert.True(DicomUid.IsValid(file.SeriesInstanceUid));
        Assert.Equal(DicomWriteOptions.CTImageStorage, file.FileMeta.GetString(DicomTags.MediaStorageSopClassUid));
        Assert.Equal(file.SopInstanceUid, file.FileMeta.GetString(DicomTags.MediaStorageSopInstanceUid));
        Assert.Equal(DicomWriter.ImplementationClassUid, file.FileMeta.GetString(DicomTags.ImplementationClassUid));
    }

    [Fact]
    public void Write_SameInputTwice_GivesIdenticalBytes()
    {
        var first = Path.Combine(_folder, "a.dcm");
        var second = Path.Combine(_folder, "b.dcm");
        DicomWriter.Write(first, DicomTestImages.Ct());
        DicomWriter.Write(second, DicomTestImages.Ct());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Write_AnyImage_EveryValueHasEvenLengthAndGroupLengthIsRight()
    {
        var path = Path.Combine(_folder, "even.dcm");
        DicomWriter.Write(path, DicomTestImages.Ct(rows: 3, columns: 5));
        var file = DicomReader.Read(path);
        foreach (var element in file.FileMeta.Elements.Concat(file.Dataset.Elements))
        {
            Assert.True(element.Length % 2 == 0, $"{element} has odd length");
        }

        var metaEnd = file.Dataset.Elements[0].Offset;
        Assert.Equal(metaEnd - 144, (long)file.FileMeta.GetDouble(DicomTags.FileMetaInformationGroupLength)!);
        var uid = file.FileMeta.GetElement(DicomTags.TransferSyntaxUid)!.RawValue.ToArray();
        Assert.Equal(0, uid[^1]);
        Assert.Equal("CHRONOMID_0_1 "u8.ToArray(),
            file.FileMeta.GetElement(DicomTags.ImplementationVersionName)!.RawValue.ToArray());
    }

    [Fact]
    public void Write_SecondaryCaptureWithUidRoot_UsesThem()
    {
        var path = Path.Combine(_folder, "sc.dcm");
        DicomWriter.Write(path, DicomTestImages.Ct(), new DicomWriteOptions
        {
            SopClassUid = DicomWriteOptions.SecondaryCaptureImageStorage,
            UidRoot = "1.2.826.0.1.3680043.10.999",
        });
        var file = DicomReader.Read(path);
        Assert.Equal(DicomWriteOptions.SecondaryCaptureImageStorage, file.Dataset.GetString(DicomTags.SopClassUid));
        Assert.StartsWith("1.2.826.0.1.3680043.10.999.", file.SopInstanceUid, StringComparison.Ordinal);
        Assert.True(DicomUid.IsValid(file.SopInstanceUid));
        Assert.Equal("OT", file.Dataset.GetString(DicomTags.Modality));
    }

    [Fact]
    public void Write_InvalidImage_ReportsEveryProblem()
    {
        var image = new DicomWritableImage
        {
            Rows = 2,
            Columns = 2,
            StoredValues = new[] { 0, 1, 70000 },
            PixelSpacing = [1.0],
            PatientId = "back\\slash",
        };
        var error = Assert.Throws<ArgumentException>(() => DicomWriter.Write(Path.Combine(_folder, "x.dcm"), image));
        Assert.Equal("image", error.ParamName);
        Assert.Contains("StoredValues must hold Rows x Columns x Frames = 2 x 2 x 1 = 4 values", error.Message,
            StringComparison.Ordinal);
        Assert.Contains("1 values do not, the first at index 2 (70000)", error.Message, StringComparison.Ordinal);
        Assert.Contains("PixelSpacing must hold 2 finite positive numbers", error.Message, StringComparison.Ordinal);
        Assert.Contains("PatientId must be at most 64 printable ASCII", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_InvalidImage_LeavesOldFileUntouched()
    {
        var path = Path.Combine(_folder, "keep.dcm");
        File.WriteAllText(path, "old");
        var ok = DicomTestImages.Ct();
        var bad = new DicomWritableImage
        {
            Rows = ok.Rows, Columns = ok.Columns, StoredValues = ok.StoredValues, SopInstanceUid = "1.2.x",
        };
        Assert.Throws<ArgumentException>(() => DicomWriter.Write(path, bad));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Write_RenameFailsAfterWriting_RemovesTemporaryFile()
    {
        // The target is a folder, so the final rename fails after the whole temporary file was written.
        var target = Path.Combine(_folder, "target.dcm");
        Directory.CreateDirectory(target);
        Assert.ThrowsAny<Exception>(() => DicomWriter.Write(target, DicomTestImages.Ct()));
        Assert.Empty(Directory.GetFiles(_folder));
        Assert.True(Directory.Exists(target));
    }

    [Fact]
    public void Write_MissingFolder_ThrowsAndCreatesNothing()
    {
        var missing = Path.Combine(_folder, "no-such-folder", "x.dcm");
        Assert.Throws<DirectoryNotFoundException>(() => DicomWriter.Write(missing, DicomTestImages.Ct()));
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void Write_ReplacesExistingFile()
    {
        var path = Path.Combine(_folder, "replace.dcm");
        File.WriteAllText(path, "old");
        DicomWriter.Write(path, DicomTestImages.Ct());
        Assert.Equal(21, DicomReader.Read(path).Rows);
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-1024, "-1024")]
    [InlineData(1.0 / 3, "0.33333333333333")]
    [InlineData(123456789.123456789, "123456789.123457")]
    [InlineData(1e-20, "1E-20")]
    public void FormatDecimal_Number_FitsSixteenCharacters(double value, string expected)
    {
        Assert.Equal(expected, DicomValueEncoder.FormatDecimal(value));
    }
}
