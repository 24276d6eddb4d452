using System.Globalization;
using ChronoMid.Dicom;

namespace ChronoMid.Synthetic;

/// <summary>
/// Writes a phantom study as real DICOM files in the layout study discovery reads:
/// <c>FOLDER/&lt;subject&gt;/week_&lt;w&gt;/slice_&lt;nnnn&gt;.dcm</c>, plus <c>FOLDER/labels.csv</c>.
/// </summary>
/// <remarks>
/// Every file is a 16-bit signed explicit VR little endian CT image with rescale slope and intercept to
/// mg HA/cm³, the subject as PatientID, the scan date as StudyDate and AcquisitionDate, one series per scan,
/// and the slice's position along the bone as the z of Image Position (Patient). UIDs are derived from the
/// phantom's seeds, so the same study is written byte for byte the same every time. Each file is written
/// atomically; a cancelled or failed run leaves whole files only, and writing again completes it.
/// </remarks>
public static class PhantomStudyWriter
{
    /// <summary>The UID root the phantom's study, series and instance UIDs are derived under.</summary>
    public const string UidSeedPrefix = "chronomid-phantom";

    /// <summary>Writes the study.</summary>
    /// <param name="study">The phantom study.</param>
    /// <param name="folder">The study folder; created when missing, files in it are replaced.</param>
    /// <param name="progress">Receives progress after each scan; optional.</param>
    /// <param name="cancellationToken">Stops between slices.</param>
    /// <returns>The number of slice files written.</returns>
    /// <exception cref="IOException">The disk is full or failed; files already written stay whole.</exception>
    /// <exception cref="OperationCanceledException">Writing was cancelled.</exception>
    public static int Write(PhantomStudy study, string folder, IProgress<PhantomWriteProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        var scans = study.Scans.ToArray();
        var files = 0;
        for (var s = 0; s < scans.Length; s++)
        {
            var scan = scans[s];
            var scanFolder = Path.Combine(folder, scan.SubjectId,
                string.Create(CultureInfo.InvariantCulture, $"week_{scan.Week}"));
            Directory.CreateDirectory(scanFolder);
            var studyUid = DicomUid.FromSeed($"{UidSeedPrefix}/study/{scan.Subject.UidSeed}");
            var seriesUid = DicomUid.FromSeed($"{UidSeedPrefix}/series/{scan.SeriesUidSeed}");
            foreach (var slice in scan.EnumerateSlices(cancellationToken))
            {
                var path = Path.Combine(scanFolder,
                    string.Create(CultureInfo.InvariantCulture, $"slice_{slice.Index:D4}.dcm"));
                DicomWriter.Write(path, Image(scan, slice, studyUid, seriesUid));
                files++;
            }

            progress?.Report(new PhantomWriteProgress(s + 1, scans.Length, files));
        }

        WriteLabels(study, Path.Combine(folder, "labels.csv"));
        return files;
    }

    private static DicomWritableImage Image(PhantomScan scan, PhantomSlice slice, string studyUid, string seriesUid)
    {
        var stored = new int[slice.Rows * slice.Columns];
        var source = slice.StoredValues.Span;
        for (var i = 0; i < stored.Length; i++)
        {
            stored[i] = source[i];
        }

        return new DicomWritableImage
        {
            Rows = slice.Rows,
            Columns = slice.Columns,
            StoredValues = stored,
            IsSigned = true,
            RescaleSlope = slice.RescaleSlope,
            RescaleIntercept = slice.RescaleIntercept,
            Modality = "CT",
            PatientId = scan.SubjectId,
            PatientName = scan.SubjectId,
            StudyDate = scan.AcquisitionDate,
            AcquisitionDate = scan.AcquisitionDate,
            StudyInstanceUid = studyUid,
            SeriesInstanceUid = seriesUid,
            SopInstanceUid = DicomUid.FromSeed($"{UidSeedPrefix}/instance/{scan.SeriesUidSeed}/{slice.Index}"),
            SeriesNumber = scan.Week + 1,
            InstanceNumber = slice.InstanceNumber,
            SeriesDescription = string.Create(CultureInfo.InvariantCulture,
                $"ChronoMid phantom tibia, week {scan.Week}"),
            ImagePositionPatient = [0, 0, slice.PositionMm],
            ImageOrientationPatient = [1, 0, 0, 0, 1, 0],
            PixelSpacing = [slice.PixelSpacingMm, slice.PixelSpacingMm],
            SliceThickness = slice.SliceThicknessMm,
        };
    }

    private static void WriteLabels(PhantomStudy study, string path) =>
        ChronoMid.IO.AtomicFile.WriteAllText(path, study.LabelsCsv());
}
