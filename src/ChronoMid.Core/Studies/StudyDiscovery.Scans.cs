namespace ChronoMid.Studies;

internal sealed partial class StudyDiscovery
{
    private StudySubject BuildSubject(string subject, List<ScannedFile> files, SubjectLabels? labels)
    {
        var series = files.GroupBy(file => file.SeriesKey, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.ToList())
            .ToList();
        var start = _options.StudyStart ?? series.Select(ScanDate).Where(d => d is not null).Min();
        var scans = new List<StudyScan>();
        foreach (var slices in series)
        {
            var week = WeekOf(subject, slices, start);
            if (week is null)
            {
                continue;
            }

            var ordered = OrderSlices(subject, week.Value, slices);
            scans.Add(new StudyScan(subject, week.Value, slices[0].SeriesKey, ScanDate(slices), ordered));
        }

        var kept = new List<StudyScan>();
        foreach (var sameWeek in scans.GroupBy(scan => scan.Week).OrderBy(group => group.Key))
        {
            var best = sameWeek.OrderByDescending(scan => scan.Slices.Count)
                .ThenBy(scan => scan.SeriesInstanceUid, StringComparer.Ordinal).ToArray();
            kept.Add(best[0]);
            foreach (var other in best.Skip(1))
            {
                _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.DuplicateWeek,
                    $"Subject {subject}, week {sameWeek.Key}: series {other.SeriesInstanceUid} " +
                    $"({other.Slices.Count} slices) falls in the same week as series {best[0].SeriesInstanceUid} " +
                    $"({best[0].Slices.Count} slices); the larger was kept.",
                    Path.GetDirectoryName(other.Slices[0].Path), subject, sameWeek.Key, other.Slices.Count));
            }
        }

        string? label = null;
        labels?.TryGetLabel(subject, out label);
        return new StudySubject(subject, label, kept);
    }

    private static DateOnly? ScanDate(List<ScannedFile> slices) =>
        slices.Select(s => s.Date).Where(d => d is not null).GroupBy(d => d)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();

    private int? WeekOf(string subject, List<ScannedFile> slices, DateOnly? start)
    {
        var date = ScanDate(slices);
        var folderWeek = slices.Select(s => s.FolderWeek).FirstOrDefault(w => w is not null);
        var folder = Path.GetDirectoryName(slices[0].Path);
        if (date is { } day && start is { } first)
        {
            var week = WeekNumbers.Between(first, day);
            if (folderWeek is { } named && named != week)
            {
                _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.WeekDisagreement,
                    $"Subject {subject}: folder {folder} names week {named}, but the files are dated " +
                    $"{day:yyyy-MM-dd}, week {week} after {first:yyyy-MM-dd}; the dates were used.",
                    folder, subject, week));
            }

            return week;
        }

        if (folderWeek is null)
        {
            _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.NoTimepoint,
                $"Subject {subject}: the {slices.Count} files in {folder} carry no StudyDate or AcquisitionDate " +
                "and no folder names a week (such as week_3); skipped. Add dates or name the folder after its week.",
                folder, subject, FilesSkipped: slices.Count));
        }

        return folderWeek;
    }

    private List<StudySlice> OrderSlices(string subject, int week, List<ScannedFile> files)
    {
        var common = files.GroupBy(f => (f.Rows, f.Columns)).OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Rows * g.Key.Columns).First().Key;
        var odd = files.Where(f => (f.Rows, f.Columns) != common).ToList();
        if (odd.Count > 0)
        {
            _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.MixedSliceSize,
                $"Subject {subject}, week {week}: {odd.Count} slices differ from the scan's {common.Rows} × " +
                $"{common.Columns} (first: {odd[0].Path}, {odd[0].Rows} × {odd[0].Columns}); skipped.",
                odd[0].Path, subject, week, odd.Count));
        }

        var (ordered, duplicates) = SliceOrdering.Order(files.Where(f => (f.Rows, f.Columns) == common).ToArray(),
            file => file.Placement, _options.ProximalAtLargestPosition);
        var dropped = new HashSet<ScannedFile>();
        foreach (var group in duplicates)
        {
            dropped.UnionWith(group.Skip(1));
            _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.DuplicatePosition,
                $"Subject {subject}, week {week}: {group.Count} slices share position " +
                $"{group[0].Placement.PositionAlongNormal:0.####} mm ({string.Join(", ",
                    group.Select(f => Path.GetFileName(f.Path)))}); kept {Path.GetFileName(group[0].Path)}.",
                group[1].Path, subject, week, group.Count - 1));
        }

        return ordered.Where(f => !dropped.Contains(f))
            .Select(f => new StudySlice(f.Path, f.Rows, f.Columns, f.Placement)).ToList();
    }

    private void ReportLabels(IReadOnlyList<StudySubject> subjects, SubjectLabels? labels)
    {
        if (labels is null)
        {
            return;
        }

        foreach (var subject in subjects.Where(s => s.Label is null))
        {
            _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.SubjectWithoutLabel,
                $"Subject {subject.Id} has scans but no label in the labels file; it cannot be used for training.",
                Subject: subject.Id));
        }

        var present = subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in labels.Labels.Keys.Where(id => !present.Contains(id)).Order(StringComparer.Ordinal))
        {
            _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.LabelWithoutSubject,
                $"The labels file names subject {orphan}, but no scans of it were found.", Subject: orphan));
        }
    }

    private void ReportMissingWeeks(IReadOnlyList<StudySubject> subjects)
    {
        var allWeeks = subjects.SelectMany(s => s.Weeks).Distinct().Order().ToArray();
        foreach (var subject in subjects)
        {
            var missing = allWeeks.Except(subject.Weeks).ToArray();
            if (missing.Length > 0)
            {
                _issues.Add(new DiscoveryIssue(DiscoveryIssueKind.MissingWeeks,
                    $"Subject {subject.Id} has no scan in week{(missing.Length > 1 ? "s" : "")} " +
                    $"{string.Join(", ", missing)} that other subjects have.", Subject: subject.Id));
            }
        }
    }
}
