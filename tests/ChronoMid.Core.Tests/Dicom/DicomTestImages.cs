using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

/// <summary>Deterministic images for writer tests.</summary>
internal static class DicomTestImages
{
    public static DicomWritableImage Ct(int rows = 21, int columns = 17, int frames = 1, int seed = 3) => new()
    {
        Rows = rows,
        Columns = columns,
        Frames = frames,
        StoredValues = Pattern(rows * columns * frames, seed),
        IsSigned = true,
        RescaleSlope = 0.5,
        RescaleIntercept = -1024,
        PatientId = "MOUSE-07",
        PatientName = "Tibia^Left",
        StudyDate = new DateOnly(2019, 3, 4),
        AcquisitionDate = new DateOnly(2019, 3, 5),
        SeriesDescription = "week 3 tibia",
        SeriesNumber = 3,
        InstanceNumber = 12,
        ImagePositionPatient = [-12.5, 3.25, 101.125],
        ImageOrientationPatient = [1, 0, 0, 0, 1, 0],
        PixelSpacing = [0.0105, 0.0105],
        SliceThickness = 0.0105,
    };

    public static int[] Pattern(int count, int seed)
    {
        var random = new Random(seed);
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = random.Next(short.MinValue, short.MaxValue + 1);
        }

        values[0] = short.MinValue;
        values[^1] = short.MaxValue;
        return values;
    }
}
