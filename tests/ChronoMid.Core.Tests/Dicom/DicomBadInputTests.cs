using System.Buffers.Binary;
using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

public sealed class DicomBadInputTests
{
    private static byte[] Valid(string file) => File.ReadAllBytes(DicomCorpus.PathOf(file));

    private static DicomFormatException ReadFails(byte[] bytes) =>
        Assert.Throws<DicomFormatException>(() => DicomReader.Read(new MemoryStream(bytes)).GetStoredValues());

    [Fact]
    public void Read_HugeLengthInSmallFile_IsInvalidLengthWithOffsetAndTag()
    {
        var error = ReadFails(Valid("bad_length_4gb_pixeldata.dcm"));
        Assert.Equal(DicomErrorKind.InvalidLength, error.Kind);
        Assert.Equal("invalid_length", error.KindName);
        Assert.Equal(DicomTags.PixelData, error.Tag);
        Assert.Null(error.FilePath);
        Assert.Equal(1042, error.Offset);
        Assert.Equal("byte offset 1042, tag (7FE0,0010): invalid_length: declared value length 0xFFFFFFF0 " +
            "(4294967280 bytes) is not a valid length: lengths must be below 0x80000000, or 0xFFFFFFFF for " +
            "undefined. The file is corrupt.", error.Message);
    }

    [Fact]
    public void Read_PlausibleLengthPastEnd_IsTruncated()
    {
        var bytes = Valid("evrle_u16_5frames.dcm");
        var error = ReadFails(bytes[..(bytes.Length - 3)]);
        Assert.Equal(DicomErrorKind.Truncated, error.Kind);
        Assert.Contains("expected the 4800-byte value (4800 bytes), but the input ends after 4797 bytes",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadImage_TruncatedPixelData_IsTruncated()
    {
        var error = Assert.Throws<DicomFormatException>(
            () => DicomReader.ReadImage(DicomCorpus.PathOf("bad_truncated_pixeldata.dcm")));
        Assert.Equal(DicomErrorKind.Truncated, error.Kind);
        Assert.EndsWith("bad_truncated_pixeldata.dcm", error.FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadImage_HugeLength_IsInvalidLength()
    {
        var error = Assert.Throws<DicomFormatException>(
            () => DicomReader.ReadImage(DicomCorpus.PathOf("bad_length_4gb_pixeldata.dcm")));
        Assert.Equal(DicomErrorKind.InvalidLength, error.Kind);
    }

    [Fact]
    public void ReadImage_ShortPixelData_IsSizeMismatch()
    {
        var error = Assert.Throws<DicomFormatException>(
            () => DicomReader.ReadImage(DicomCorpus.PathOf("bad_pixeldata_too_short.dcm")));
        Assert.Equal(DicomErrorKind.PixelDataSizeMismatch, error.Kind);
        Assert.Contains("expected at least 6144 bytes of Pixel Data (64 rows x 48 columns x 1 frames x 2 bytes), " +
            "found 3840", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetStoredValues_Jpeg_NamesSyntaxAndConversion()
    {
        var file = DicomReader.Read(DicomCorpus.PathOf("jpeg_baseline_u8_dcmcjpeg.dcm"));
        var error = Assert.Throws<DicomFormatException>(() => file.GetModalityValues());
        Assert.Equal(DicomErrorKind.UnsupportedTransferSyntax, error.Kind);
        Assert.Contains("JPEG Baseline (Process 1) (1.2.840.10008.1.2.4.50)", error.Message, StringComparison.Ordinal);
        Assert.Contains("dcmdjpeg in.dcm out.dcm", error.Message, StringComparison.Ordinal);
        Assert.Contains("gdcmconv --raw in.dcm out.dcm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadItemTagInSequence_IsMalformed()
    {
        var bytes = Valid("evrle_sequences_undefined_length_dcmtk.dcm");
        var at = IndexOf(bytes, [0xFE, 0xFF, 0x00, 0xE0]);
        bytes[at + 2] = 0x01;
        var error = ReadFails(bytes);
        Assert.Equal(DicomErrorKind.Malformed, error.Kind);
        Assert.Contains("expected an item tag (FFFE,E000)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RandomBytes_IsNotDicom()
    {
        var random = new Random(11);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 3000)];
            random.NextBytes(bytes);
            Assert.Equal(DicomErrorKind.NotDicom, ReadFails(bytes).Kind);
        }
    }

    [Fact]
    public void Read_DeepNesting_IsMalformedNotStackOverflow()
    {
        // 10 000 nested undefined-length sequences, each in an undefined-length item.
        var stream = new MemoryStream();
        var header = new byte[8];
        for (var i = 0; i < 10_000; i++)
        {
            stream.Write([0x08, 0x00, 0x40, 0x11, (byte)'S', (byte)'Q', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF]);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0xE000FFFE);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), 0xFFFFFFFF);
            stream.Write(header);
        }

        var error = ReadFails(stream.ToArray());
        Assert.Equal(DicomErrorKind.Malformed, error.Kind);
        Assert.Contains("more than the limit of 32 (DicomReadOptions.MaxSequenceDepth)", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DeflateBomb_StopsAtLimit()
    {
        var bytes = Valid("deflate_u16_dcmtk.dcm");
        var options = new DicomReadOptions { MaxInflatedBytes = 1000 };
        var error = Assert.Throws<DicomFormatException>(() => DicomReader.Read(new MemoryStream(bytes), options));
        Assert.Equal(DicomErrorKind.Malformed, error.Kind);
        Assert.Contains("inflates to more than 1000 bytes (DicomReadOptions.MaxInflatedBytes)", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => DicomReader.Read(Path.Combine(Path.GetTempPath(), "no-such.dcm")));
    }

    [Fact]
    public void Read_RleSegmentCountWrong_IsMalformed()
    {
        var bytes = Valid("real_mr_small_rle.dcm");
        var file = DicomReader.Read(new MemoryStream(bytes));
        var fragment = file.PixelData!.Fragments![1];
        var at = (int)fragment.Offset + 8;
        bytes[at] = 5;
        var error = ReadFails(bytes);
        Assert.Equal(DicomErrorKind.Malformed, error.Kind);
        Assert.Contains("expected 2 RLE segments for 16-bit grayscale, the header declares 5", error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void GetStoredValues_HugeRowsAndColumns_FailsBeforeAllocating()
    {
        var bytes = Valid("evrle_u16_5frames.dcm");
        var file = DicomReader.Read(new MemoryStream(bytes));
        foreach (var tag in new[] { DicomTags.Rows, DicomTags.Columns })
        {
            var at = (int)file.Dataset.GetElement(tag)!.Offset + 8;
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), 10000);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = ReadFails(bytes);
        Assert.Equal(DicomErrorKind.PixelDataSizeMismatch, error.Kind);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Theory]
    [InlineData(0x0002, 3, "Samples per Pixel is 3; ChronoMid decodes grayscale images (1 sample per pixel) only. " +
        "Convert colour images to grayscale first.")]
    [InlineData(0x0100, 32, "Bits Allocated is 32; ChronoMid decodes 8 and 16 bits per sample only.")]
    public void GetStoredValues_ColourOrWideSamples_IsUnsupportedPixelFormat(ushort element, ushort value,
        string expected)
    {
        var stream = new MemoryStream();
        DicomWriter.Write(stream, DicomTestImages.Ct(rows: 4, columns: 4));
        var bytes = stream.ToArray();
        var file = DicomReader.Read(new MemoryStream(bytes));
        var at = (int)file.Dataset.GetElement(new DicomTag(0x0028, element))!.Offset + 8;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), value);

        var error = ReadFails(bytes);
        Assert.Equal(DicomErrorKind.UnsupportedPixelFormat, error.Kind);
        Assert.Equal($"unsupported_pixel_format: {expected}", error.Message);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
