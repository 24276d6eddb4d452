namespace ChronoMid.Dicom;

/// <summary>
/// Writes 16-bit grayscale images as explicit VR little endian Part 10 files, with a complete File Meta group,
/// even-length padded values and deterministic UIDs: the same input always gives the same bytes.
/// </summary>
public static partial class DicomWriter
{
    /// <summary>Gets ChronoMid's Implementation Class UID, written to (0002,0012).</summary>
    /// <value>A UID derived from the text <c>ChronoMid.Core DICOM writer</c>.</value>
    public static string ImplementationClassUid { get; } = DicomUid.FromSeed("ChronoMid.Core DICOM writer");

    /// <summary>Writes an image to a file atomically: to a temporary file in the same folder, flushed to disk,
    /// then renamed over <paramref name="path"/>. A failure leaves the old file (or no file), never half of
    /// one.</summary>
    /// <param name="path">The file to create or replace.</param>
    /// <param name="image">The image and its study fields.</param>
    /// <param name="options">Labels, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or the image or options are invalid
    /// (every problem is listed in one message).</exception>
    /// <exception cref="IOException">The file cannot be written (for example, the disk is full).</exception>
    public static void Write(string path, DicomWritableImage image, DicomWriteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var elements = Build(image, options ?? new DicomWriteOptions());
        using var file = ChronoMid.IO.AtomicFile.Create(path, 64 * 1024);
        Encode(file.Stream, elements, image.StoredValues.Span);
        file.Commit();
    }

    /// <summary>Writes an image as a Part 10 file to a stream.</summary>
    /// <param name="stream">The stream to write to; it is not closed.</param>
    /// <param name="image">The image and its study fields.</param>
    /// <param name="options">Labels, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="image"/> is
    /// <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The image or options are invalid.</exception>
    public static void Write(Stream stream, DicomWritableImage image, DicomWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var elements = Build(image, options ?? new DicomWriteOptions());
        Encode(stream, elements, image.StoredValues.Span);
    }
}
