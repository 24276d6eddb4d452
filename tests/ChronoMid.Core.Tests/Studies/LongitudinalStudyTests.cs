using ChronoMid.Dicom;
using ChronoMid.Studies;

namespace ChronoMid.Tests.Studies;

public sealed class LongitudinalStudyTests : IDisposable
{
    private static readonly DateOnly Start = new(2019, 3, 4);
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"chronomid-study-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Open_DatedScans_GroupsBySubjectAndWeekAndOrdersSlicesByPosition()
    {
        WriteScan("m1", "scan_a", "1.2.3.1", Start, slices: 3, reversedNames: true);
        WriteScan("m1", "scan_b", "1.2.3.2", Start.AddDays(14), slices: 2);
        WriteScan("m2", "scan_a", "1.2.3.3", Start.AddDays(1), slices: 2);
        File.WriteAllText(Path.Combine(_root, "labels.csv"), "subject,label\nm1,control\nm2,pth\n");

        var study = LongitudinalStudy.Open(_root);

        Assert.Equal(["m1", "m2"], study.Subjects.Select(s => s.Id));
        Assert.Equal([0, 2], study.Subjects[0].Weeks);
        Assert.Equal([0], study.Subjects[1].Weeks);
        Assert.Equal("pth", study.Subjects[1].Label);
        Assert.Equal(["control", "pth"], study.Classes);
        var positions = study.Subjects[0].Scans[0].Slices.Select(s => s.Placement.PositionAlongNormal!.Value);
        Assert.Equal([0.0, 0.01, 0.02], positions.Select(p => Math.Round(p, 6)));
        Assert.Equal(7, study.Report.SlicesKept);
        var missing = Assert.Single(study.Report.OfKind(DiscoveryIssueKind.MissingWeeks));
        Assert.Equal("Subject m2 has no scan in week 2 that other subjects have.", missing.Message);
    }

    [Fact]
    public void Open_UndatedFolders_ReadWeekFromFolderNameAndSkipOtherNames()
    {
        WriteScan("m1", "week_0", "1.2.4.1", null, slices: 2);
        WriteScan("m1", "wk3", "1.2.4.2", null, slices: 2);
        WriteScan("m1", "session_4", "1.2.4.3", null, slices: 2);

        var study = LongitudinalStudy.Open(_root);

        Assert.Equal([0, 3], study.Subjects[0].Weeks);
        var skipped = Assert.Single(study.Report.OfKind(DiscoveryIssueKind.NoTimepoint));
        Assert.Equal(2, skipped.FilesSkipped);
        Assert.Contains("session_4", skipped.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderWeekDisagreesWithDates_DatesWinAndDisagreementIsReported()
    {
        WriteScan("m1", "week_0", "1.2.5.1", Start, slices: 1);
        WriteScan("m1", "week_5", "1.2.5.2", Start.AddDays(21), slices: 1);

        var study = LongitudinalStudy.Open(_root);

        Assert.Equal([0, 3], study.Subjects[0].Weeks);
        var flag = Assert.Single(study.Report.OfKind(DiscoveryIssueKind.WeekDisagreement));
        Assert.Equal(3, flag.Week);
        Assert.EndsWith("names week 5, but the files are dated 2019-03-25, week 3 after 2019-03-04; the dates " +
            "were used.", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_JunkFilesDuplicatesAndOddSizes_AreSkippedWithReasons()
    {
        WriteScan("m1", "a", "1.2.6.1", Start, slices: 3);
        var scanFolder = Path.Combine(_root, "m1", "a");
        File.WriteAllText(Path.Combine(scanFolder, "notes.txt"), "scanner log");
        File.Copy(Path.Combine(scanFolder, "s000.dcm"), Path.Combine(scanFolder, "s000-copy.dcm"));
        WriteSlice(Path.Combine(scanFolder, "s099.dcm"), "m1", "1.2.6.1", Start, index: 9, rows: 5, columns: 9);
        File.WriteAllBytes(Path.Combine(scanFolder, "s100.dcm"),
            File.ReadAllBytes(Path.Combine(scanFolder, "s001.dcm"))[..300]);
        File.WriteAllText(Path.Combine(_root, "labels.csv"), "m1,control\nm9,pth\n");

        var study = LongitudinalStudy.Open(_root);

        Assert.Equal(3, study.Subjects[0].Scans[0].Slices.Count);
        Assert.Single(study.Report.OfKind(DiscoveryIssueKind.NotDicom));
        Assert.Single(study.Report.OfKind(DiscoveryIssueKind.Unreadable));
        Assert.Single(study.Report.OfKind(DiscoveryIssueKind.DuplicatePosition));
        Assert.Single(study.Report.OfKind(DiscoveryIssueKind.MixedSliceSize));
        Assert.Equal("The labels file names subject m9, but no scans of it were found.",
            Assert.Single(study.Report.OfKind(DiscoveryIssueKind.LabelWithoutSubject)).Message);
        Assert.Equal(7, study.Report.FilesSeen);
        Assert.Equal(4, study.Report.FilesSkipped);
    }

    [Fact]
    public void Open_PixelDataCutShort_IsStillDiscoveredBecauseOnlyHeadersAreRead()
    {
        WriteScan("m1", "a", "1.2.7.1", Start, slices: 2);
        var path = Path.Combine(_root, "m1", "a", "s001.dcm");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 10)]);

        var study = LongitudinalStudy.Open(_root);

        Assert.Equal(2, study.Report.SlicesKept);
    }

    private void WriteScan(string subject, string folder, string series, DateOnly? date, int slices,
        bool reversedNames = false)
    {
        for (var i = 0; i < slices; i++)
        {
            var name = $"s{(reversedNames ? slices - 1 - i : i):D3}.dcm";
            WriteSlice(Path.Combine(_root, subject, folder, name), subject, series, date, i, rows: 4, columns: 6);
        }
    }

    private static void WriteSlice(string path, string subject, string series, DateOnly? date, int index, int rows,
        int columns)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DicomWriter.Write(path, new DicomWritableImage
        {
            Rows = rows,
            Columns = columns,
            StoredValues = Enumerable.Range(0, rows * columns).ToArray(),
            PatientId = subject,
            StudyDate = date,
            AcquisitionDate = date,
            SeriesInstanceUid = series,
            InstanceNumber = index + 1,
            ImagePositionPatient = [0, 0, index * 0.01],
            ImageOrientationPatient = [1, 0, 0, 0, 1, 0],
            PixelSpacing = [0.01, 0.01],
            SliceThickness = 0.01,
        });
    }
}
