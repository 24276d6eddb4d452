using System.Collections.Concurrent;
using System.Diagnostics;
using ChronoMid.Dicom;
using Microsoft.Extensions.Logging;

namespace ChronoMid.Studies;

/// <summary>Walks a study folder, reads every file's header (never its pixels) and groups the slices.</summary>
internal sealed partial class StudyDiscovery
{
    private readonly string _root;
    private readonly StudyDiscoveryOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentBag<DiscoveryIssue> _fileIssues = [];
    private readonly List<DiscoveryIssue> _issues = [];

    public StudyDiscovery(string root, StudyDiscoveryOptions options, ILogger logger)
    {
        _root = Path.GetFullPath(root);
        _options = options;
        _logger = logger;
    }

    public LongitudinalStudy Run(IProgress<DiscoveryProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(_root))
        {
            throw new DirectoryNotFoundException($"Study folder {_root} does not exist.");
        }

        var labelsPath = _options.LabelsPath ?? Path.Combine(_root, "labels.csv");
        var labels = _options.LabelsPath is not null || File.Exists(labelsPath) ? SubjectLabels.Load(labelsPath) : null;
        var files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Where(path => !string.Equals(Path.GetFullPath(path), Path.GetFullPath(labelsPath),
                StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var scanned = ReadHeaders(files, progress, cancellationToken);
        _issues.AddRange(_fileIssues.OrderBy(issue => issue.Path, StringComparer.Ordinal));

        var subjects = scanned
            .GroupBy(file => file.Subject, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => BuildSubject(group.Key, group.ToList(), labels))
            .Where(subject => subject.Scans.Count > 0)
            .ToArray();
        ReportLabels(subjects, labels);
        ReportMissingWeeks(subjects);

        var report = new DiscoveryReport(files.Length, subjects.Sum(s => s.Scans.Sum(scan => scan.Slices.Count)),
            _issues.ToArray(), clock.Elapsed);
        foreach (var issue in report.Issues)
        {
            LogIssue(_logger, issue.Kind, issue.Message);
        }

        var scanCount = subjects.Sum(s => s.Scans.Count);
        LogDiscovered(_logger, _root, subjects.Length, scanCount, report.SlicesKept, report.FilesSkipped,
            clock.Elapsed.TotalSeconds);
        return new LongitudinalStudy(_root, subjects, labels?.Classes ?? [], report);
    }

    private List<ScannedFile> ReadHeaders(string[] files, IProgress<DiscoveryProgress>? progress,
        CancellationToken cancellationToken)
    {
        var results = new ScannedFile?[files.Length];
        var done = 0;
        Parallel.For(0, files.Length,
            new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, _options.MaxDegreeOfParallelism),
                CancellationToken = cancellationToken,
            },
            i =>
            {
                results[i] = ReadHeader(files[i]);
                var count = Interlocked.Increment(ref done);
                if (count % 64 == 0 || count == files.Length)
                {
                    progress?.Report(new DiscoveryProgress(count, files.Length));
                }
            });
        return results.OfType<ScannedFile>().ToList();
    }

    private ScannedFile? ReadHeader(string path)
    {
        DicomFile header;
        try
        {
            header = DicomReader.ReadHeader(path);
        }
        catch (DicomFormatException ex) when (ex.Kind == DicomErrorKind.NotDicom)
        {
            _fileIssues.Add(new DiscoveryIssue(DiscoveryIssueKind.NotDicom,
                $"{path} is not a DICOM file; skipped.", path, FilesSkipped: 1));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _fileIssues.Add(new DiscoveryIssue(DiscoveryIssueKind.Unreadable,
                $"{path} could not be read ({ex.Message}); skipped.", path, FilesSkipped: 1));
            return null;
        }

        if (header.Rows is not > 0 || header.Columns is not > 0 || header.SamplesPerPixel != 1 ||
            header.NumberOfFrames != 1)
        {
            _fileIssues.Add(new DiscoveryIssue(DiscoveryIssueKind.NotAnImage,
                $"{path} is not a single-frame grayscale slice (rows {header.Rows?.ToString() ?? "absent"}, " +
                $"columns {header.Columns?.ToString() ?? "absent"}, samples per pixel {header.SamplesPerPixel}, " +
                $"frames {header.NumberOfFrames}); skipped.", path, FilesSkipped: 1));
            return null;
        }

        var relative = Path.GetRelativePath(_root, path).Split(Path.DirectorySeparatorChar);
        var subject = _options.SubjectFromPatientId || relative.Length == 1
            ? NonEmpty(header.PatientId) ?? (relative.Length > 1 ? relative[0] : null)
            : relative[0];
        if (subject is null)
        {
            _fileIssues.Add(new DiscoveryIssue(DiscoveryIssueKind.NoSubject,
                $"{path} lies outside any subject folder and has no PatientID; skipped. Put each subject's files " +
                "in a folder named after the subject.", path, FilesSkipped: 1));
            return null;
        }

        var folderWeek = relative.Skip(1).SkipLast(1).Reverse()
            .Select(folder => WeekNumbers.TryParseFolderName(folder, out var week) ? week : (int?)null)
            .FirstOrDefault(week => week is not null);
        var seriesKey = NonEmpty(header.SeriesInstanceUid) ?? Path.GetDirectoryName(path)!;
        return new ScannedFile(path, subject, seriesKey, header.AcquisitionDate ?? header.StudyDate, folderWeek,
            header.Rows.Value, header.Columns.Value, new SlicePlacement(Path.GetFileName(path),
                header.ImagePositionPatient, header.ImageOrientationPatient, header.InstanceNumber));
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "{Kind}: {Message}")]
    private static partial void LogIssue(ILogger logger, DiscoveryIssueKind kind, string message);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Discovered {Folder}: {Subjects} " +
        "subjects, {Scans} scans, {Slices} slices; {Skipped} files skipped; {Seconds:F1} s")]
    private static partial void LogDiscovered(ILogger logger, string folder, int subjects, int scans, int slices,
        int skipped, double seconds);
}
