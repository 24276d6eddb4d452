using ChronoMid.Evaluation.Reports;

namespace ChronoMid.Tests.Evaluation.Reports;

public sealed class RunRecordStoreTests : IDisposable
{
    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "chronomid-runstore-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void SaveThenLoadAll_FixtureRecords_RoundTripEveryField()
    {
        var records = ReportFixture.Records();
        foreach (var record in records)
        {
            RunRecordStore.Save(record, _folder, new Dictionary<string, string> { ["seed"] = "7" });
        }

        var loaded = RunRecordStore.LoadAll(_folder).ToDictionary(r => (r.Model, r.EpochBudget, r.RunIndex));
        Assert.Equal(records.Count, loaded.Count);
        foreach (var expected in records)
        {
            var actual = loaded[(expected.Model, expected.EpochBudget, expected.RunIndex)];
            Assert.Equal(expected.Descriptor, actual.Descriptor);
            Assert.Equal(expected.PartitionSeed, actual.PartitionSeed);
            Assert.Equal(expected.Error, actual.Error);
            Assert.Equal(expected.Confusion?.Classes, actual.Confusion?.Classes);
            Assert.Equal(Cells(expected.Confusion), Cells(actual.Confusion));
            Assert.Equal(expected.PerWeek, actual.PerWeek);
            Assert.Equal(expected.History, actual.History);
            Assert.Equal(expected.Parameters, actual.Parameters);
            Assert.Equal(expected.Split.Select(p => (p.Name, p.SampleCount)),
                actual.Split.Select(p => (p.Name, p.SampleCount)));
            Assert.Equal(expected.Split.Select(p => p.SamplesPerLabel.OrderBy(x => x.Key)),
                actual.Split.Select(p => p.SamplesPerLabel.OrderBy(x => x.Key)));
        }

        Assert.Equal("7", RunRecordStore.LoadSettings(
            Path.Combine(_folder, RunRecordStore.FileName(ReportFixture.ModelA, 5, 0)))["seed"]);
    }

    [Fact]
    public void Save_NonFiniteNumbers_ReadBackAsNaN()
    {
        var record = ReportFixture.Records()[0] with
        {
            History = [new EpochRecord(1, 0.5, 0.5, double.NaN, double.NaN, 2)],
        };
        var path = RunRecordStore.Save(record, _folder);
        Assert.True(double.IsNaN(RunRecordStore.Load(path).History[0].ValidationLoss));
    }

    [Fact]
    public void FileName_ModelWithPunctuation_IsSafe()
    {
        Assert.Equal("X-CNN__abs._diff.-10ep-run2.json", RunRecordStore.FileName("X-CNN, abs. diff.", 10, 2));
    }

    [Fact]
    public void Load_NotARunRecord_ThrowsInvalidData()
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "x.json");
        File.WriteAllText(path, "{\"format\": 9}");
        var error = Assert.Throws<InvalidDataException>(() => RunRecordStore.Load(path));
        Assert.Equal($"{path} is not a stored run record of format 1; found 9.", error.Message);
    }

    private static long[] Cells(ChronoMid.Evaluation.ConfusionMatrix? matrix) => matrix is null
        ? []
        : Enumerable.Range(0, matrix.Classes.Count * matrix.Classes.Count)
            .Select(i => matrix[i / matrix.Classes.Count, i % matrix.Classes.Count]).ToArray();
}
