using System.Globalization;

namespace ChronoMid.Dicom;

/// <summary>Checks an image and options and reports every problem at once.</summary>
public static partial class DicomWriter
{
    private static void Validate(DicomWritableImage image, DicomWriteOptions options)
    {
        var problems = new List<string>();
        if (image.Rows is < 1 or > ushort.MaxValue || image.Columns is < 1 or > ushort.MaxValue)
        {
            problems.Add($"Rows and Columns must be 1 to 65535 pixels; they are {image.Rows} x {image.Columns}.");
        }

        var expected = (long)image.Rows * image.Columns * image.Frames;
        if (image.Frames < 1 || expected != image.StoredValues.Length)
        {
            problems.Add($"StoredValues must hold Rows x Columns x Frames = {image.Rows} x {image.Columns} x " +
                $"{image.Frames} = {expected} values (Frames at least 1); it holds {image.StoredValues.Length}.");
        }

        if (image.BitsStored is < 1 or > 16)
        {
            problems.Add($"BitsStored must be 1 to 16 bits; it is {image.BitsStored}.");
        }
        else
        {
            CheckRange(image, problems);
        }

        if (image.PhotometricInterpretation is not ("MONOCHROME1" or "MONOCHROME2"))
        {
            problems.Add($"PhotometricInterpretation must be MONOCHROME1 or MONOCHROME2; it is " +
                $"'{image.PhotometricInterpretation}'.");
        }

        CheckText(problems, nameof(image.PatientId), image.PatientId, 64);
        CheckText(problems, nameof(image.PatientName), image.PatientName, 64);
        CheckText(problems, nameof(image.SeriesDescription), image.SeriesDescription, 64);
        CheckText(problems, nameof(image.Modality), image.Modality, 16);
        CheckText(problems, nameof(options.ImplementationVersionName), options.ImplementationVersionName, 16);
        CheckUid(problems, nameof(image.StudyInstanceUid), image.StudyInstanceUid);
        CheckUid(problems, nameof(image.SeriesInstanceUid), image.SeriesInstanceUid);
        CheckUid(problems, nameof(image.SopInstanceUid), image.SopInstanceUid);
        CheckUid(problems, nameof(options.SopClassUid), options.SopClassUid ?? string.Empty);
        if (options.UidRoot is { } root && (!DicomUid.IsValid(root) || root.Length > 60))
        {
            problems.Add($"UidRoot must be a valid UID of at most 60 characters; it is '{root}'.");
        }

        CheckNumbers(problems, nameof(image.ImagePositionPatient), image.ImagePositionPatient, 3, false);
        CheckNumbers(problems, nameof(image.ImageOrientationPatient), image.ImageOrientationPatient, 6, false);
        CheckNumbers(problems, nameof(image.PixelSpacing), image.PixelSpacing, 2, true);
        CheckNumbers(problems, nameof(image.SliceThickness),
            image.SliceThickness is { } t ? [t] : null, 1, true);
        CheckNumbers(problems, nameof(image.RescaleIntercept),
            image.RescaleIntercept is { } i ? [i] : null, 1, false);
        if (image.RescaleSlope is { } s && (!double.IsFinite(s) || s == 0))
        {
            problems.Add("RescaleSlope must be a finite non-zero number; it is " +
                $"{s.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"The image cannot be written: {string.Join(" ", problems)}", nameof(image));
        }
    }

    private static void CheckRange(DicomWritableImage image, List<string> problems)
    {
        var low = image.IsSigned ? -(1 << (image.BitsStored - 1)) : 0;
        var high = image.IsSigned ? (1 << (image.BitsStored - 1)) - 1 : (1 << image.BitsStored) - 1;
        var outside = 0;
        var first = -1;
        var values = image.StoredValues.Span;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < low || values[i] > high)
            {
                outside++;
                first = first < 0 ? i : first;
            }
        }

        if (outside > 0)
        {
            problems.Add($"StoredValues must lie in {low}..{high} for {image.BitsStored} bits " +
                $"{(image.IsSigned ? "signed" : "unsigned")}; {outside} values do not, the first at index {first} " +
                $"({values[first]}).");
        }
    }

    private static void CheckText(List<string> problems, string name, string? text, int maxLength)
    {
        if (text is null)
        {
            return;
        }

        if (text.Length > maxLength || text.Any(c => c is < ' ' or > '~' or '\\'))
        {
            problems.Add($"{name} must be at most {maxLength} printable ASCII characters without backslashes; " +
                $"it is '{text}' ({text.Length} characters).");
        }
    }

    private static void CheckUid(List<string> problems, string name, string? uid)
    {
        if (uid is not null && !DicomUid.IsValid(uid))
        {
            problems.Add($"{name} must be a UID (digits and dots, at most 64 characters); it is '{uid}'.");
        }
    }

    private static void CheckNumbers(List<string> problems, string name, IReadOnlyList<double>? values, int count,
        bool positive)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count != count || values.Any(v => !double.IsFinite(v) || positive && v <= 0))
        {
            problems.Add($"{name} must hold {count} finite{(positive ? " positive" : string.Empty)} numbers; it " +
                $"holds [{string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture)))}].");
        }
    }
}
