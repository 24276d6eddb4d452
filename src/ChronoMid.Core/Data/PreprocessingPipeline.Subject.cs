using System.Collections.Concurrent;
using System.Globalization;
using ChronoMid.Dicom;
using ChronoMid.Imaging;
using ChronoMid.Studies;
using ChronoMid.Temporal;
using Stage = ChronoMid.Data.StageClock.Stage;

namespace ChronoMid.Data;

public sealed partial class PreprocessingPipeline
{
    private void ProcessSubject(StudySubject subject, SampleCacheWriter writer, StageClock clock,
        ConcurrentBag<PreprocessingIssue> issues, CancellationToken cancellationToken)
    {
        var scans = subject.Scans.ToList();
        if (scans.All(scan => writer.HasUnit(subject.Id, scan.Week)))
        {
            return;
        }

        // A slice that cannot be decoded removes its timepoint; the others are then redone, because the
        // relative reference of the timepoint after it changes.
        while (scans.Count > 0)
        {
            var failure = TryProcess(subject, scans, writer, clock, cancellationToken);
            if (failure is null)
            {
                return;
            }

            var (scan, path, error) = failure.Value;
            var message = $"Subject {subject.Id}, week {scan.Week}: slice {path} could not be decoded ({error}); " +
                "this timepoint is left out and the subject's other timepoints are preprocessed without it.";
            issues.Add(new PreprocessingIssue(subject.Id, scan.Week, path, message));
            LogLeftOut(_logger, message);
            scans.Remove(scan);
        }
    }

    private (StudyScan Scan, string Path, string Error)? TryProcess(StudySubject subject, List<StudyScan> scans,
        SampleCacheWriter writer, StageClock clock, CancellationToken cancellationToken)
    {
        var plan = new SubjectPlan(scans, Descriptor);
        var units = new Dictionary<int, UnitWriter>();
        try
        {
            foreach (var scan in scans.Where(s => !writer.HasUnit(subject.Id, s.Week) && plan.Count(s.Week) > 0))
            {
                units[scan.Week] = writer.BeginUnit(subject.Id, scan.Week, subject.Label!);
            }

            var values = new float[Layout.ValuesPerSample];
            for (var k = 0; k < plan.MaxCount; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var slices = new Dictionary<int, (ExpandedSlice Slice, PreparedReference? Prepared)>();
                foreach (var scan in scans.Where(s => plan.IsNeeded(s.Week, k, units.Keys)))
                {
                    var path = scan.Slices[k].Path;
                    ImageSlice raw;
                    try
                    {
                        raw = clock.Time(Stage.Reading, () => ReadSlice(scan.Slices[k]));
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        return (scan, path, ex.Message);
                    }

                    var expanded = clock.Time(Stage.Expanding, () => _expansion.Expand(raw));
                    var prepared = plan.IsReference(scan.Week, k, units.Keys)
                        ? clock.Time(Stage.Registering, () => _registration.Prepare(expanded.Image))
                        : null;
                    slices[scan.Week] = (expanded, prepared);
                }

                foreach (var (week, unit) in units.Where(u => k < plan.Count(u.Key)))
                {
                    var sample = clock.Time(Stage.Registering, () => Describe(plan, week, k, slices, values));
                    clock.Time(Stage.Writing, () =>
                    {
                        unit.Append(sample, values);
                        return 0;
                    });
                    clock.CountSample();
                }
            }

            clock.Time(Stage.Writing, () =>
            {
                foreach (var unit in units.Values)
                {
                    unit.Commit();
                }

                return 0;
            });
            return null;
        }
        finally
        {
            foreach (var unit in units.Values)
            {
                unit.Dispose();
            }
        }
    }

    private static ImageSlice ReadSlice(StudySlice slice)
    {
        var pixels = new float[slice.Rows * slice.Columns];
        DicomFile file;
        try
        {
            file = DicomReader.ReadModalityValues(slice.Path, pixels);
        }
        catch (ArgumentException ex)
        {
            // The only argument that can be wrong here is the buffer: the file grew since discovery.
            throw new IOException($"the file no longer fits the {slice.Rows} × {slice.Columns} slice found when " +
                "the study was discovered; open the study again", ex);
        }

        if (file.Rows != slice.Rows || file.Columns != slice.Columns || file.NumberOfFrames != 1)
        {
            throw new IOException($"the file is now {file.Rows} × {file.Columns}, but was {slice.Rows} × " +
                $"{slice.Columns} when the study was discovered; open the study again");
        }

        return ImageSlice.TakeOwnership(slice.Rows, slice.Columns, pixels);
    }

    private CachedSample Describe(SubjectPlan plan, int week, int k,
        Dictionary<int, (ExpandedSlice Slice, PreparedReference? Prepared)> slices, float[] values)
    {
        var comparison = slices[week].Slice;
        var placement = comparison.Placement;
        var steps = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["timestamp"] = Format(week),
            ["source"] = $"{placement.Source.Rows}x{placement.Source.Columns}",
            ["offset"] = $"{placement.RowOffset},{placement.ColumnOffset}",
            ["scale"] = $"{Format(placement.RowScale)},{Format(placement.ColumnScale)}",
            ["fill"] = Format(placement.FillValue),
        };
        var plane = Layout.Rows * Layout.Columns;
        for (var channel = 0; channel < Descriptor.ImageInputs.Count; channel++)
        {
            var input = Descriptor.ImageInputs[channel];
            var target = values.AsSpan(channel * plane, plane);
            if (input == TemporalInput.Image)
            {
                comparison.Image.Pixels.CopyTo(target);
                continue;
            }

            var name = ChannelName(input);
            var reference = plan.Reference(input, week);
            if (reference is null)
            {
                DifferenceMap.Uniform(comparison.Image).Pixels.CopyTo(target);
                steps[name + ".reference"] = "none (first timepoint: uniform map at the comparison minimum)";
                continue;
            }

            var prepared = slices[reference.Value].Prepared!;
            var shift = _registration.Register(comparison.Image, prepared);
            var aligned = PhaseCorrelation.TranslateReference(prepared, shift, _translation);
            DifferenceMap.Compute(comparison.Image, aligned).Pixels.CopyTo(target);
            steps[name + ".referenceWeek"] = Format(reference.Value);
            steps[name + ".shift"] = $"{Format(shift.RowShift)},{Format(shift.ColumnShift)}";
            steps[name + ".error"] = Format(shift.Error);
        }

        return new CachedSample(k, Path.GetRelativePath(Study.Folder, plan.Scan(week).Slices[k].Path), steps);
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
