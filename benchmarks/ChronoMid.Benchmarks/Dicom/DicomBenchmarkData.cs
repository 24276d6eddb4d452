using ChronoMid.Dicom;

namespace ChronoMid.Benchmarks.Dicom;

/// <summary>Writes the μCT-sized slices both DICOM benchmarks read: 501 × 763, 16-bit signed, with rescale.</summary>
internal static class DicomBenchmarkData
{
    public const int Rows = 501;
    public const int Columns = 763;

    public static string WriteSlice(string folder, int index)
    {
        var random = new Random(index);
        var values = new int[Rows * Columns];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                var bone = Math.Abs(r - (Rows / 2)) + Math.Abs(c - (Columns / 2)) < 150 ? 1800 : 0;
                values[(r * Columns) + c] = -1000 + bone + random.Next(0, 200) + index;
            }
        }

        var path = Path.Combine(folder, $"slice_{index:D3}.dcm");
        DicomWriter.Write(path, new DicomWritableImage
        {
            Rows = Rows,
            Columns = Columns,
            StoredValues = values,
            IsSigned = true,
            RescaleSlope = 0.5,
            RescaleIntercept = -1024,
            PatientId = "BENCH",
            StudyDate = new DateOnly(2020, 1, 6),
            SeriesDescription = "benchmark",
            InstanceNumber = index + 1,
            ImagePositionPatient = [0, 0, index * 0.0105],
            ImageOrientationPatient = [1, 0, 0, 0, 1, 0],
            PixelSpacing = [0.0105, 0.0105],
            SliceThickness = 0.0105,
        });
        return path;
    }
}
