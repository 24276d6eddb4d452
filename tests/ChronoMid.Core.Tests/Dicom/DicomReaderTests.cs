using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

public sealed class DicomReaderTests
{
    public static TheoryData<string> OkFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in DicomCorpus.OkFiles)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OkFiles))]
    public void ReadImage_OkFile_SameValuesAsFullRead(string file)
    {
        var path = DicomCorpus.PathOf(file);
        var full = DicomReader.Read(path);
        var image = DicomReader.ReadImage(path);
        Assert.Equal(full.GetModalityValues(), image.ModalityValues);
        Assert.Equal((full.Rows, full.Columns, full.NumberOfFrames), (image.Rows, image.Columns, image.Frames));
        var span = new float[image.ModalityValues.Length + 3];
        DicomReader.ReadModalityValues(path, span);
        Assert.Equal(image.ModalityValues, span[..^3]);
        var doubles = new double[full.GetPixelCount()];
        full.CopyModalityValuesTo(doubles);
        Assert.Equal(full.GetModalityValuesAsDouble(), doubles);
    }

    [Theory]
    [MemberData(nameof(OkFiles))]
    public void Read_FromStream_SameAsFromPath(string file)
    {
        var path = DicomCorpus.PathOf(file);
        using var stream = File.OpenRead(path);
        var fromStream = DicomReader.Read(stream);
        Assert.Null(fromStream.FilePath);
        Assert.Equal(DicomReader.Read(path).GetStoredValues(), fromStream.GetStoredValues());
    }

    [Fact]
    public void Read_SequencesFile_TopLevelImageAndNestedElementsReachable()
    {
        foreach (var file in new[]
        {
            "evrle_sequences_defined_length_dcmtk.dcm", "evrle_sequences_undefined_length_dcmtk.dcm",
            "ivrle_sequences_undefined_length_dcmtk.dcm",
        })
        {
            var dicom = DicomReader.Read(DicomCorpus.PathOf(file));
            Assert.Equal((48, 64), (dicom.Rows, dicom.Columns));
            var icon = dicom.Dataset.GetElement(DicomTags.IconImageSequence)!;
            Assert.True(icon.IsSequence);
            var item = Assert.Single(icon.Items);
            Assert.Equal(10, item.GetInt32(DicomTags.Rows));
            Assert.Equal(12, item.GetInt32(DicomTags.Columns));
            Assert.NotNull(item.GetElement(DicomTags.PixelData));
            Assert.Equal(48, dicom.Dataset.FindElement(DicomTags.Rows)!.GetDouble());
            Assert.Contains(dicom.Dataset.Elements, e => e.IsSequence && e.Tag.IsPrivate);
        }
    }

    [Fact]
    public void Read_BareDataSets_InferSyntax()
    {
        var implicitFile = DicomReader.Read(DicomCorpus.PathOf("nopreamble_ivrle_dcmtk.dcm"));
        Assert.True(implicitFile.IsSyntaxInferred);
        Assert.False(implicitFile.HasPreamble);
        Assert.Same(DicomTransferSyntax.ImplicitVRLittleEndian, implicitFile.TransferSyntax);
        var explicitFile = DicomReader.Read(DicomCorpus.PathOf("nopreamble_evrle_dcmtk.dcm"));
        Assert.Same(DicomTransferSyntax.ExplicitVRLittleEndian, explicitFile.TransferSyntax);
    }

    [Fact]
    public void ReadHeader_LargeFile_DoesNotReadPixelBytes()
    {
        var folder = Directory.CreateTempSubdirectory("chronomid-header-").FullName;
        try
        {
            var path = Path.Combine(folder, "big.dcm");
            DicomWriter.Write(path, DicomTestImages.Ct(rows: 512, columns: 512));
            using var stream = new CountingStream(File.OpenRead(path));
            var header = DicomReader.ReadHeader(stream);
            Assert.Equal(512, header.Rows);
            Assert.True(stream.BytesRead < 20_000, $"read {stream.BytesRead} bytes of a {stream.Length}-byte file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DicomTag_ToString_IsDicomNotation()
    {
        Assert.Equal("(0028,0010)", DicomTags.Rows.ToString());
        Assert.Equal("(7FE0,0010)", DicomTag.FromValue(0x7FE00010).ToString());
        Assert.True(DicomTags.Rows < DicomTags.Columns);
    }

    [Fact]
    public void Element_BigEndianNumbers_Decode()
    {
        var dicom = DicomReader.Read(DicomCorpus.PathOf("evrbe_s16_rescale_dcmtk.dcm"));
        var rows = dicom.Dataset.GetElement(DicomTags.Rows)!;
        Assert.True(rows.IsBigEndian);
        Assert.Equal(DicomVR.US, rows.VR);
        Assert.Equal([48.0], rows.GetDoubles());
        Assert.Equal("MONOCHROME2", dicom.Dataset.GetElement(DicomTags.PhotometricInterpretation)!.GetString());
    }

    [Fact]
    public void ErrorKinds_SnakeCaseNames_AreStable()
    {
        Assert.Equal(
            ["not_dicom", "truncated", "invalid_length", "pixel_data_size_mismatch", "unsupported_transfer_syntax",
                "malformed", "unsupported_pixel_format"],
            Enum.GetValues<DicomErrorKind>().Select(k => k.ToSnakeCase()));
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
