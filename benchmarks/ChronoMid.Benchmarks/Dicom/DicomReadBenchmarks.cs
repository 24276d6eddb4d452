using BenchmarkDotNet.Attributes;
using ChronoMid.Dicom;

namespace ChronoMid.Benchmarks.Dicom;

/// <summary>Reading one 501 × 763 16-bit slice: the one-copy path, the full read, and the header alone.</summary>
[MemoryDiagnoser]
public class DicomReadBenchmarks
{
    private string _folder = string.Empty;
    private string _path = string.Empty;
    private readonly float[] _destination = new float[DicomBenchmarkData.Rows * DicomBenchmarkData.Columns];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("chronomid-bench-").FullName;
        _path = DicomBenchmarkData.WriteSlice(_folder, 0);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Baseline = true, Description = "ReadImage (float modality, new array)")]
    public float[] ReadImage() => DicomReader.ReadImage(_path).ModalityValues;

    [Benchmark(Description = "ReadModalityValues (into caller's span)")]
    public DicomFile ReadIntoSpan() => DicomReader.ReadModalityValues(_path, _destination);

    [Benchmark(Description = "Read + GetModalityValues")]
    public float[] ReadThenConvert() => DicomReader.Read(_path).GetModalityValues();

    [Benchmark(Description = "ReadHeader")]
    public DicomFile ReadHeader() => DicomReader.ReadHeader(_path);
}
