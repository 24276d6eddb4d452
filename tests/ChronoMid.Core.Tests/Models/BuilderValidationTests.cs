using ChronoMid.Models;
using ChronoMid.Temporal;

namespace ChronoMid.Tests.Models;

public sealed class BuilderValidationTests
{
    [Fact]
    public void BuildArchitecture_SeveralProblems_ReportsAllTogether()
    {
        var builder = ChronoMidNetwork.For(TemporalDescriptor.AbsoluteDifference())
            .Input(20, 763).Classes(1).Dropout(-0.1)
            .CrossConnections(new CrossConnection(0, 2), new CrossConnection(1, 1));

        var exception = Assert.Throws<InvalidArchitectureException>(builder.BuildArchitecture);

        Assert.Equal(
        [
            "Input rows must be at least 32 pixels (each of the 5 chains halves the maps with a 2 × 2 pooling; "
                + "smaller inputs leave single-pixel maps), found 20.",
            "Chain 1: dropout must be in [0, 1), found -0.1.",
            "Chain 1: cross-connection 0→2 goes to branch 2, but the network has 2 branch(es), numbered 0 to 1.",
            "Chain 1: cross-connection 1→1 joins branch 1 to itself; a cross-connection must join two different "
                + "branches.",
            "Chain 2: dropout must be in [0, 1), found -0.1.",
            "Chain 2: cross-connection 0→2 goes to branch 2, but the network has 2 branch(es), numbered 0 to 1.",
            "Chain 2: cross-connection 1→1 joins branch 1 to itself; a cross-connection must join two different "
                + "branches.",
            "Chain 3: dropout must be in [0, 1), found -0.1.",
            "Chain 3: cross-connection 0→2 goes to branch 2, but the network has 2 branch(es), numbered 0 to 1.",
            "Chain 3: cross-connection 1→1 joins branch 1 to itself; a cross-connection must join two different "
                + "branches.",
            "Chain 4: dropout must be in [0, 1), found -0.1.",
            "Chain 4: cross-connection 0→2 goes to branch 2, but the network has 2 branch(es), numbered 0 to 1.",
            "Chain 4: cross-connection 1→1 joins branch 1 to itself; a cross-connection must join two different "
                + "branches.",
            "Classes must be at least 2, found 1.",
        ], exception.Problems);
        Assert.StartsWith("The network architecture has 14 problems:" + Environment.NewLine + "- Input rows",
            exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildArchitecture_MatrixOfWrongSizeAndCrossOnOneBranch_ReportsBoth()
    {
        var builder = ChronoMidNetwork.For(TemporalDescriptor.Image()).Input(64, 96)
            .CrossConnections(new bool[2, 2] { { false, true }, { false, false } }).CrossFilters(0);

        var exception = Assert.Throws<InvalidArchitectureException>(builder.BuildArchitecture);

        Assert.Contains("The cross-connection matrix is 2 × 2; expected 1 × 1 (one row and one column per branch).",
            exception.Problems);
        Assert.Contains("Chain 1: cross-connection filters must be at least 1, found 0.", exception.Problems);
        Assert.Contains("Chain 1: cross-connection 0→1 goes to branch 1, but the network has 1 branch(es), "
            + "numbered 0 to 0.", exception.Problems);
        Assert.Equal("Cross-connections need at least two branches; the descriptor 'image' has 1.",
            exception.Problems[^1]);
    }

    [Fact]
    public void BuildArchitecture_WrongMatrixReplacedByValidList_HasNoProblem()
    {
        var architecture = ChronoMidNetwork.For(TemporalDescriptor.AbsoluteDifference()).Input(64, 96)
            .CrossConnections(new bool[3, 3]).CrossConnections(new CrossConnection(0, 1)).BuildArchitecture();

        Assert.Equal([new CrossConnection(0, 1)], architecture.Chains[0].CrossConnections);
    }

    [Fact]
    public void BuildArchitecture_ZeroFiltersAndBadL2_ReportsBoth()
    {
        var builder = ChronoMidNetwork.For(TemporalDescriptor.Image()).Input(64, 96)
            .Filters([4, 0], [8]).KernelL2(double.NaN);

        var exception = Assert.Throws<InvalidArchitectureException>(builder.BuildArchitecture);

        Assert.Equal(
            ["Chain 1, convolution 2 has 0 filters; expected at least 1.",
                "The L2 factor must be finite and at least 0, found NaN."],
            exception.Problems);
    }

    [Fact]
    public void Build_AfterBuilding_RefusesChanges()
    {
        var builder = ChronoMidNetwork.For(TemporalDescriptor.Image()).Input(32, 32);
        using var network = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => builder.Classes(3));

        Assert.Equal("This builder has already built a network; start a new one with ChronoMidNetwork.For.",
            exception.Message);
    }

    [Fact]
    public void For_NullDescriptor_Throws() =>
        Assert.Throws<ArgumentNullException>(() => ChronoMidNetwork.For(null!));

    [Fact]
    public void FromJson_RoundTrip_GivesSameArchitecture()
    {
        var architecture = ModelCatalog.Builder("xcnn-ts-abs-rel").Input(64, 96).Classes(3)
            .CrossConnections(new CrossConnection(0, 1), new CrossConnection(2, 0)).BuildArchitecture();

        var json = architecture.ToJson();
        var read = NetworkArchitecture.FromJson(json);

        Assert.Equal(json, read.ToJson());
        Assert.Equal(architecture.Descriptor, read.Descriptor);
        Assert.Contains("\"descriptor\": \"image+abs+rel+ts\"", json, StringComparison.Ordinal);
        Assert.Equal(architecture.CountParameters(), read.CountParameters());
    }
}
