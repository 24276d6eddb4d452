namespace ChronoMid.Dicom;

/// <summary>The validated description of a grayscale image's samples, taken from the top-level data set.</summary>
internal readonly record struct DicomPixelLayout(
    int Rows, int Columns, int Frames, int BitsAllocated, int BitsStored, int HighBit, bool Signed,
    double Slope, double Intercept)
{
    public int FrameSamples => Rows * Columns;

    public int SampleCount => Rows * Columns * Frames;

    public int BytesPerSample => BitsAllocated / 8;

    public static DicomPixelLayout From(DicomFile file)
    {
        var rows = file.Rows ?? 0;
        var columns = file.Columns ?? 0;
        if (rows < 1 || columns < 1)
        {
            throw Malformed($"expected Rows (0028,0010) and Columns (0028,0011) of at least 1 pixel, found " +
                $"{Show(file.Rows)} x {Show(file.Columns)}.", file);
        }

        if (file.SamplesPerPixel != 1)
        {
            throw Unsupported($"Samples per Pixel is {file.SamplesPerPixel}; ChronoMid decodes grayscale images " +
                "(1 sample per pixel) only. Convert colour images to grayscale first.", file);
        }

        var photometric = file.PhotometricInterpretation;
        if (photometric is not (null or "MONOCHROME1" or "MONOCHROME2"))
        {
            throw Unsupported($"Photometric Interpretation is '{photometric}'; ChronoMid decodes MONOCHROME1 and " +
                "MONOCHROME2 only.", file);
        }

        var allocated = file.BitsAllocated ?? throw Malformed("Bits Allocated (0028,0100) is missing.", file);
        if (allocated is not (8 or 16))
        {
            throw Unsupported($"Bits Allocated is {allocated}; ChronoMid decodes 8 and 16 bits per sample only.",
                file);
        }

        var stored = file.BitsStored ?? allocated;
        var high = file.HighBit ?? stored - 1;
        if (stored < 1 || stored > allocated || high < stored - 1 || high >= allocated)
        {
            throw Malformed($"expected 1 <= Bits Stored <= Bits Allocated and Bits Stored - 1 <= High Bit < Bits " +
                $"Allocated, found Bits Allocated {allocated}, Bits Stored {stored}, High Bit {high}.", file);
        }

        var representation = file.PixelRepresentation ?? 0;
        if (representation is not (0 or 1))
        {
            throw Malformed($"expected Pixel Representation 0 or 1, found {representation}.", file);
        }

        var frames = file.NumberOfFrames;
        if (frames < 1 || (long)rows * columns * frames * (allocated / 8) > Array.MaxLength)
        {
            throw Malformed($"expected 1 or more frames totalling under 2 GiB, found {frames} frames of " +
                $"{rows} x {columns} pixels.", file);
        }

        return new DicomPixelLayout(rows, columns, frames, allocated, stored, high, representation == 1,
            file.RescaleSlope ?? 1.0, file.RescaleIntercept ?? 0.0);
    }

    private static string Show(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? "absent";

    private static DicomFormatException Malformed(string message, DicomFile file) =>
        new(DicomErrorKind.Malformed, message, file.FilePath);

    private static DicomFormatException Unsupported(string message, DicomFile file) =>
        new(DicomErrorKind.UnsupportedPixelFormat, message, file.FilePath);
}
