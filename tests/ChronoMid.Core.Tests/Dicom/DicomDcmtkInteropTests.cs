using System.Buffers.Binary;
using System.Diagnostics;
using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

/// <summary>DCMTK, an independent toolkit, must read what ChronoMid writes: tags, values and pixels.</summary>
public sealed class DicomDcmtkInteropTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("chronomid-dcmtk-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Dcmdump_WrittenFile_ShowsTagsAndSamePixels()
    {
        var image = DicomTestImages.Ct(rows: 13, columns: 11, frames: 2);
        var path = Path.Combine(_folder, "ct.dcm");
        DicomWriter.Write(path, image);
        var rawFolder = Directory.CreateDirectory(Path.Combine(_folder, "raw")).FullName;

        var (exitCode, output, errors) = Run("dcmdump", "+L", "+W", rawFolder, path);

        Assert.True(exitCode == 0 && errors.Length == 0, $"dcmdump failed ({exitCode}): {errors}");
        var dump = output.Split('\n');
        AssertLine(dump, "(0002,0001) OB 00\\01");
        AssertLine(dump, "(0002,0002) UI =CTImageStorage");
        AssertLine(dump, "(0002,0010) UI =LittleEndianExplicit");
        AssertLine(dump, $"(0002,0012) UI [{DicomWriter.ImplementationClassUid}]");
        AssertLine(dump, "(0002,0013) SH [CHRONOMID_0_1]");
        AssertLine(dump, "(0008,0020) DA [20190304]");
        AssertLine(dump, "(0008,0022) DA [20190305]");
        AssertLine(dump, "(0008,0060) CS [CT]");
        AssertLine(dump, "(0008,103e) LO [week 3 tibia]");
        AssertLine(dump, "(0010,0020) LO [MOUSE-07]");
        AssertLine(dump, "(0018,0050) DS [0.0105]");
        AssertLine(dump, "(0020,0013) IS [12]");
        AssertLine(dump, "(0020,0032) DS [-12.5\\3.25\\101.125]");
        AssertLine(dump, "(0020,0037) DS [1\\0\\0\\0\\1\\0]");
        AssertLine(dump, "(0028,0008) IS [2]");
        AssertLine(dump, "(0028,0010) US 13");
        AssertLine(dump, "(0028,0011) US 11");
        AssertLine(dump, "(0028,0030) DS [0.0105\\0.0105]");
        AssertLine(dump, "(0028,0100) US 16");
        AssertLine(dump, "(0028,0101) US 16");
        AssertLine(dump, "(0028,0102) US 15");
        AssertLine(dump, "(0028,0103) US 1");
        AssertLine(dump, "(0028,1052) DS [-1024]");
        AssertLine(dump, "(0028,1053) DS [0.5]");
        var file = DicomReader.Read(path);
        AssertLine(dump, $"(0020,000e) UI [{file.SeriesInstanceUid}]");
        AssertLine(dump, $"(0008,0018) UI [{file.SopInstanceUid}]");

        // +W writes Pixel Data as DCMTK decoded it, in the machine's byte order (little endian here).
        var raw = File.ReadAllBytes(Directory.GetFiles(rawFolder).Single());
        Assert.Equal(13 * 11 * 2 * 2, raw.Length);
        var dcmtkValues = Enumerable.Range(0, raw.Length / 2)
            .Select(i => (int)BinaryPrimitives.ReadInt16LittleEndian(raw.AsSpan(i * 2))).ToArray();
        Assert.Equal(image.StoredValues.ToArray(), dcmtkValues);
        Assert.Equal(dcmtkValues, file.GetStoredValues());
    }

    private static void AssertLine(string[] dump, string expectedStart) =>
        Assert.True(dump.Any(line => line.StartsWith(expectedStart, StringComparison.Ordinal)),
            $"dcmdump output has no line starting with '{expectedStart}'.\n{string.Join('\n', dump)}");

    private static (int ExitCode, string Output, string Errors) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result, errors);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"'{tool}' is not on PATH ({e.Message}). This test cross-checks written files with DCMTK: " +
                "install it (Debian/Ubuntu: 'sudo apt-get install dcmtk'; macOS: 'brew install dcmtk').");
            throw;
        }
    }
}
