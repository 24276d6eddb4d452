using ChronoMid.Data;

namespace ChronoMid.Tests.Data;

public sealed class PartitionerTests
{
    [Fact]
    public void Split_PaperDefaults_HoldsOutAFifthAndATenthOfTheRest()
    {
        var units = Study(subjects: 4, weeks: 5);

        var split = Partitioner.Split(units, new PartitionOptions { Seed = 3 });

        Assert.Equal(4, split.Test.Units.Count);
        Assert.Equal(2, split.Validation.Units.Count);
        Assert.Equal(14, split.Training.Units.Count);
    }

    [Theory]
    [InlineData(PartitionUnit.SubjectTimepoint, 1UL)]
    [InlineData(PartitionUnit.SubjectTimepoint, 2UL)]
    [InlineData(PartitionUnit.Subject, 1UL)]
    [InlineData(PartitionUnit.Subject, 9UL)]
    public void Split_AnySeed_PutsEveryUnitInExactlyOnePartition(PartitionUnit unit, ulong seed)
    {
        var units = Study(subjects: 10, weeks: 6);

        var split = Partitioner.Split(units, new PartitionOptions { Unit = unit, Seed = seed });

        var placed = split.Partitions.SelectMany(p => p.Units).Select(u => (u.Subject, u.Week)).ToList();
        Assert.Equal(units.Length, placed.Count);
        Assert.Equal(units.Length, placed.Distinct().Count());
    }

    [Fact]
    public void Split_SubjectUnit_NeverSharesASubjectBetweenPartitions()
    {
        var split = Partitioner.Split(Study(subjects: 10, weeks: 6),
            new PartitionOptions { Unit = PartitionUnit.Subject, Seed = 5 });

        var subjectsPerPartition = split.Partitions.Select(p => p.Units.Select(u => u.Subject).ToHashSet()).ToList();
        Assert.Empty(subjectsPerPartition[0].Intersect(subjectsPerPartition[1]));
        Assert.Empty(subjectsPerPartition[0].Intersect(subjectsPerPartition[2]));
        Assert.Empty(subjectsPerPartition[1].Intersect(subjectsPerPartition[2]));
        Assert.Equal(2, subjectsPerPartition[2].Count);
    }

    [Fact]
    public void Split_SameSeed_SameSplit_OtherSeed_OtherSplit()
    {
        var units = Study(subjects: 6, weeks: 6);

        static string Describe(DataSplit s) => string.Join("|", s.Partitions.Select(p =>
            string.Join(",", p.Units.Select(u => $"{u.Subject}:{u.Week}"))));

        var first = Describe(Partitioner.Split(units, new PartitionOptions { Seed = 11 }));
        Assert.Equal(first, Describe(Partitioner.Split(units.Reverse().ToArray(), new PartitionOptions { Seed = 11 })));
        Assert.NotEqual(first, Describe(Partitioner.Split(units, new PartitionOptions { Seed = 12 })));
    }

    [Fact]
    public void Split_Stratified_PutsBothClassesInTest()
    {
        var units = Study(subjects: 6, weeks: 1);

        for (ulong seed = 0; seed < 20; seed++)
        {
            var split = Partitioner.Split(units,
                new PartitionOptions { Unit = PartitionUnit.Subject, StratifyByClass = true, Seed = seed });
            Assert.Equal(["control", "pth"], split.Test.SamplesPerLabel().Keys);
        }
    }

    [Fact]
    public void KFold_FiveFolds_TestsEveryUnitExactlyOnce()
    {
        var units = Study(subjects: 5, weeks: 4);

        var folds = Partitioner.KFold(units, 5, new PartitionOptions { Seed = 2 });

        var tested = folds.SelectMany(f => f.Test.Units).Select(u => (u.Subject, u.Week)).ToList();
        Assert.Equal(units.Length, tested.Distinct().Count());
        Assert.Equal(units.Length, tested.Count);
        Assert.All(folds, f => Assert.Equal(4, f.Test.Units.Count));
        Assert.All(folds, f => Assert.Equal(units.Length, f.Partitions.Sum(p => p.Units.Count)));
    }

    [Fact]
    public void Split_BadOptionsAndDuplicates_ListsEveryProblem()
    {
        var units = Study(subjects: 2, weeks: 2).Append(Unit("s0", 1, "control", 3)).ToArray();

        var error = Assert.Throws<ArgumentException>(() => Partitioner.Split(units,
            new PartitionOptions { TestFraction = 1.5, ValidationFraction = -0.1 }));

        Assert.Equal(string.Join(Environment.NewLine,
            "Cannot partition the data:",
            "TestFraction must be above 0 and below 1; it is 1.5.",
            "ValidationFraction must be at least 0 and below 1; it is -0.1.",
            "Subject 's0', week 1 appears 2 times; each subject-timepoint must appear once.") +
            " (Parameter 'units')", error.Message);
    }

    [Fact]
    public void SamplesPerLabel_CountsSlicesNotUnits()
    {
        var partition = new Partition("test", [Unit("a", 0, "control", 3), Unit("b", 0, "pth", 5)]);

        Assert.Equal(8, partition.SampleCount);
        Assert.Equal(5, partition.SamplesPerLabel()["pth"]);
    }

    private static CachedUnit[] Study(int subjects, int weeks) =>
        Enumerable.Range(0, subjects).SelectMany(s => Enumerable.Range(0, weeks)
            .Select(w => Unit($"s{s}", w, s % 2 == 0 ? "control" : "pth", 2 + s))).ToArray();

    private static CachedUnit Unit(string subject, int week, string label, int samples) =>
        new(subject, week, label, $"{subject}-{week}.bin", "", Enumerable.Range(0, samples)
            .Select(i => new CachedSample(i, $"{i}.dcm", new Dictionary<string, string>())).ToArray());
}
