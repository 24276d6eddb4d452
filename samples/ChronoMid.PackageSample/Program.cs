// Trains one ChronoMid model on a tiny synthetic study, using ChronoMid.Core as a package.
// The lines between "getting started" markers are the snippet in docs/getting-started.md.
using System.Diagnostics;
using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using ChronoMid.Studies;
using ChronoMid.Synthetic;
using ChronoMid.Temporal;
using ChronoMid.Training;

var clock = Stopwatch.StartNew();
var root = Path.Combine(Path.GetTempPath(), $"chronomid-package-sample-{Environment.ProcessId}");
var studyFolder = Path.Combine(root, "study");
var cacheFolder = Path.Combine(root, "cache");
try
{
    // Two control and two treated subjects, four weekly scans of four small slices each.
    var phantom = PhantomStudy.Create(new PhantomOptions
    {
        Seed = 5,
        SubjectsPerGroup = 2,
        Weeks = [0, 1, 2, 3],
        MissingWeeks = [],
        TreatmentStartWeek = 1,
        Scale = PhantomScale.FromFactor(0.12, 4),
        MaxTranslationPixels = 1,
    });
    var files = PhantomStudyWriter.Write(phantom, studyFolder);
    Console.WriteLine($"Wrote {files} DICOM files to {studyFolder}");

    // getting started: begin
    var study = LongitudinalStudy.Open(studyFolder);
    var pipeline = Preprocessing.For(study)
        .Describe(TemporalDescriptor.AbsoluteDifference())
        .CacheIn(cacheFolder)
        .Build();
    pipeline.Run();
    using var cache = pipeline.OpenCache();
    var split = Partitioner.Split(cache.Manifest.Units, new PartitionOptions { Seed = 7, StratifyByClass = true });
    using var network = ModelCatalog.Builder("xcnn-abs").Input(cache.Layout.Rows, cache.Layout.Columns)
        .Seed(7).Build();
    var trainer = Trainer.For(network).OnDevice(ComputeDevice.Auto).Epochs(2).BatchSize(8).Seed(7).Build();
    var result = await trainer.TrainAsync(split, cache);
    var report = PartitionEvaluator.Evaluate(network, cache, split.Test);
    Console.WriteLine($"Test accuracy: {report.Accuracy:P1} on {report.Confusion.Total} slices");
    // getting started: end

    Console.WriteLine($"Subjects {study.Subjects.Count}, classes {string.Join(", ", study.Classes)}, " +
        $"canvas {cache.Layout.Rows} x {cache.Layout.Columns} pixels, " +
        $"channels {string.Join(", ", cache.Layout.Channels)}");
    Console.WriteLine($"Split: {split.Training.SampleCount} training, {split.Validation.SampleCount} validation, " +
        $"{split.Test.SampleCount} test slices");
    foreach (var epoch in result.History)
    {
        Console.WriteLine($"Epoch {epoch.Epoch}: loss {epoch.TrainingLoss:F4}, " +
            $"validation accuracy {epoch.ValidationAccuracy:P1}, {epoch.Seconds:F1} s");
    }

    Console.WriteLine("(Four subjects and two epochs show the API at work; the accuracy of so small a run says " +
        "nothing about the method. `chronomid demo` and `chronomid reproduce` run meaningful experiments.)");
    Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:F1} s");
}
finally
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }
}
