using ChronoMid.Data;
using ChronoMid.Imaging;
using ChronoMid.Studies;
using ChronoMid.Synthetic;
using ChronoMid.Temporal;

namespace ChronoMid.Tests.Data;

public sealed class PreprocessingPipelineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"chronomid-pipeline-{Guid.NewGuid():N}");

    public PreprocessingPipelineTests()
    {
        var scale = PhantomScale.FromFactor(0.15, slicesPerScan: 5);
        PhantomStudyWriter.Write(PhantomStudy.Create(new PhantomOptions
        {
            Seed = 3, SubjectsPerGroup = 1, Weeks = [0, 1, 3, 4], MissingWeeks = [], MissingScans = [],
            Scale = scale,
        }), StudyFolder);
    }

    private string StudyFolder => Path.Combine(_root, "study");

    private string CacheRoot => Path.Combine(_root, "cache");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Run_AbsoluteAndRelative_WritesEveryTimepointWithPairedSlices()
    {
        var study = LongitudinalStudy.Open(StudyFolder);
        var pipeline = Build(study, TemporalDescriptor.Image().WithAbsoluteDifference().WithRelativeDifference());

        var summary = pipeline.Run();

        using var cache = pipeline.OpenCache();
        Assert.Equal(8, cache.Manifest.Units.Count);
        Assert.Equal(["image", "abs", "rel"], cache.Layout.Channels);
        Assert.Equal(summary.SamplesWritten, cache.Manifest.SampleCount);
        foreach (var subject in study.Subjects)
        {
            var first = subject.Scans[0].Slices.Count;
            for (var i = 0; i < subject.Scans.Count; i++)
            {
                var scan = subject.Scans[i];
                var unit = cache.Manifest.Units.Single(u => u.Subject == subject.Id && u.Week == scan.Week);
                var previous = i == 0 ? scan.Slices.Count : subject.Scans[i - 1].Slices.Count;
                Assert.Equal(new[] { scan.Slices.Count, first, previous }.Min(), unit.Samples.Count);
                Assert.Equal(subject.Label, unit.Label);
            }
        }
    }

    [Fact]
    public void Run_FirstTimepoint_HasUniformDifferenceAtComparisonMinimum()
    {
        var pipeline = Build(LongitudinalStudy.Open(StudyFolder), TemporalDescriptor.AbsoluteDifference());
        pipeline.Run();

        using var cache = pipeline.OpenCache();
        var unitIndex = cache.Manifest.Units.ToList().FindIndex(u => u.Week == 0);
        var values = new float[cache.Layout.ValuesPerSample];
        cache.CopySample(unitIndex, 0, values);
        var plane = cache.Layout.Rows * cache.Layout.Columns;
        var image = values.AsSpan(0, plane);
        var difference = values.AsSpan(plane, plane);
        var minimum = image.ToArray().Min();
        Assert.All(difference.ToArray(), value => Assert.Equal(minimum, value));
        Assert.StartsWith("none", cache.Manifest.Units[unitIndex].Samples[0].Steps["abs.reference"],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LaterTimepoint_StoresTheAlignedDifferenceItRecords()
    {
        var study = LongitudinalStudy.Open(StudyFolder);
        var pipeline = Build(study, TemporalDescriptor.RelativeDifference());
        pipeline.Run();

        using var cache = pipeline.OpenCache();
        var unitIndex = cache.Manifest.Units.ToList().FindIndex(u => u.Week == 3);
        var unit = cache.Manifest.Units[unitIndex];
        var steps = unit.Samples[1].Steps;
        Assert.Equal("1", steps["rel.referenceWeek"]);
        Assert.Equal("3", steps["timestamp"]);
        var scans = study.Subjects.Single(s => s.Id == unit.Subject).Scans;
        var expansion = new CanvasExpansion(pipeline.Canvas);
        var comparison = expansion.Expand(Read(scans.Single(s => s.Week == 3).Slices[1].Path)).Image;
        var reference = expansion.Expand(Read(scans.Single(s => s.Week == 1).Slices[1].Path)).Image;
        var shift = new PhaseCorrelation().Register(comparison, reference);
        Assert.Equal($"{shift.RowShift:R},{shift.ColumnShift:R}",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{steps["rel.shift"]}"));
        var expected = DifferenceMap.Compute(comparison,
            SliceTranslation.Translate(reference, shift.RowShift, shift.ColumnShift)).ToArray();
        var values = new float[cache.Layout.ValuesPerSample];
        cache.CopySample(unitIndex, 1, values);
        var plane = cache.Layout.Rows * cache.Layout.Columns;
        Assert.Equal(expected, values.AsSpan(plane, plane).ToArray());
        // Registration helps: the aligned difference is smaller than the difference without alignment.
        var unaligned = DifferenceMap.Compute(comparison, reference).ToArray();
        Assert.True(expected.Select(Math.Abs).Average() < unaligned.Select(Math.Abs).Average());
    }

    private static ImageSlice Read(string path)
    {
        var image = ChronoMid.Dicom.DicomReader.ReadImage(path);
        return ImageSlice.TakeOwnership(image.Rows, image.Columns, image.ModalityValues);
    }

    [Fact]
    public void Run_Again_ReusesTheCompleteCache_AndAChangedSettingMakesANewOne()
    {
        var study = LongitudinalStudy.Open(StudyFolder);
        var first = Build(study, TemporalDescriptor.Image());
        first.Run();

        var again = Build(study, TemporalDescriptor.Image()).Run();
        var upsampled = Preprocessing.For(study).Describe(TemporalDescriptor.Image()).Register(upsampleFactor: 4)
            .CacheIn(CacheRoot).Build();

        Assert.True(again.ReusedCompleteCache);
        Assert.NotEqual(first.CacheFolder, upsampled.CacheFolder);
    }

    [Fact]
    public void Run_Cancelled_ThenRunAgain_ResumesAndMatchesAnUninterruptedRun()
    {
        var study = LongitudinalStudy.Open(StudyFolder);
        var descriptor = TemporalDescriptor.AbsoluteDifference();
        using var cancel = new CancellationTokenSource();
        var interrupted = Build(study, descriptor, parallelism: 1);
        Assert.ThrowsAny<OperationCanceledException>(() => interrupted.Run(
            new SynchronousProgress<PreprocessingProgress>(_ => cancel.Cancel()), cancel.Token));
        Assert.False(SampleCache.IsComplete(interrupted.CacheFolder));

        var resumed = Build(study, descriptor, parallelism: 1).Run();

        Assert.Equal(4, resumed.UnitsReused);
        Assert.Equal(4, resumed.UnitsWritten);
        var reference = Preprocessing.For(study).Describe(descriptor).CacheIn(Path.Combine(_root, "other"))
            .WithParallelism(1).Build();
        reference.Run();
        using var resumedCache = SampleCache.Open(resumed.CacheFolder);
        using var referenceCache = reference.OpenCache();
        Assert.Equal(referenceCache.Manifest.Units.Select(u => u.Sha256),
            resumedCache.Manifest.Units.Select(u => u.Sha256));
    }

    [Fact]
    public void Run_UndecodableSlice_LeavesOutItsTimepointAndKeepsTheRest()
    {
        var study = LongitudinalStudy.Open(StudyFolder);
        var broken = study.Subjects[0].Scans[2].Slices[1].Path;
        var bytes = File.ReadAllBytes(broken);
        File.WriteAllBytes(broken, bytes[..(bytes.Length - 100)]);

        var summary = Build(study, TemporalDescriptor.RelativeDifference()).Run();

        var issue = Assert.Single(summary.Issues);
        Assert.Equal(study.Subjects[0].Id, issue.Subject);
        Assert.Equal(3, issue.Week);
        Assert.Equal(broken, issue.Path);
        Assert.Contains("truncated", issue.Message, StringComparison.Ordinal);
        using var cache = SampleCache.Open(summary.CacheFolder);
        Assert.Equal(7, cache.Manifest.Units.Count);
        var after = cache.Manifest.Units.Single(u => u.Subject == study.Subjects[0].Id && u.Week == 4);
        Assert.Equal("1", after.Samples[0].Steps["rel.referenceWeek"]);
    }

    [Fact]
    public void Build_CanvasTooSmallAndNoCache_ListsBothProblems()
    {
        var study = LongitudinalStudy.Open(StudyFolder);

        var error = Assert.Throws<InvalidOperationException>(
            () => Preprocessing.For(study).ExpandTo(new SliceSize(10, 10)).Build());

        Assert.Contains("No cache folder: call CacheIn(folder).", error.Message, StringComparison.Ordinal);
        Assert.Contains("larger than the 10 × 10 canvas, and the fit pads only", error.Message,
            StringComparison.Ordinal);
    }

    private PreprocessingPipeline Build(LongitudinalStudy study, TemporalDescriptor descriptor, int parallelism = 2) =>
        Preprocessing.For(study).Describe(descriptor).CacheIn(CacheRoot).WithParallelism(parallelism).Build();

    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
