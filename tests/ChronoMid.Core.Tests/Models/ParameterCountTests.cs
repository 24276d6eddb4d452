using ChronoMid.Models;

namespace ChronoMid.Tests.Models;

[Collection(TorchState.Name)]
public sealed class ParameterCountTests
{
    public static TheoryData<string, long, long, long> PaperCounts => new()
    {
        { "cnn", 866_898, 863_698, 3_200 },
        { "cnn-ts", 863_914, 862_238, 1_676 },
        { "xcnn-abs", 1_643_290, 1_642_742, 548 },
        { "xcnn-rel", 1_643_290, 1_642_742, 548 },
        { "xcnn-ts-abs", 1_643_354, 1_642_806, 548 },
        { "xcnn-ts-rel", 1_643_354, 1_642_806, 548 },
    };

    [Theory]
    [MemberData(nameof(PaperCounts))]
    public void Build_FaithfulPaperModelAtFullSize_MatchesTable2(string name, long total, long trainable,
        long nonTrainable)
    {
        using var network = ModelCatalog.Builder(name).Input(501, 763).Classes(2).Build();

        var counted = network.CountParameters();

        Assert.Equal(new ParameterCount(trainable, nonTrainable), counted);
        Assert.Equal(total, counted.Total);
        Assert.Equal(counted, network.Architecture.CountParameters());
    }

    [Fact]
    public void Build_StandardCnnAtFullSize_Has861462Parameters()
    {
        using var network = ModelCatalog.Builder("cnn").Variant(ModelVariant.Standard).Build();

        Assert.Equal(861_462, network.CountParameters().Total);
        Assert.Equal(861_462, network.Architecture.CountParameters().Total);
    }

    [Fact]
    public void BuildArchitecture_XcnnCrossConnectedAfterEveryChain_AddsCrossAndWiderHead()
    {
        // Two more 1 × 1 convolutions (32 → 8, with bias) and 2 × 8 more maps of 16 × 24 into dense 64.
        const long expected = 1_643_290 + (2 * ((32 * 8) + 8)) + (2 * 8 * 16 * 24 * 64);
        var architecture = ModelCatalog.Builder("xcnn-abs").Variant(ModelVariant.Standard)
            .CrossConnectAfterEveryChain().BuildArchitecture();

        Assert.Equal(expected, architecture.CountParameters().Total);
        Assert.Equal(2_037_034, expected);
    }

    [Theory]
    [InlineData("xcnn-abs-rel")]
    [InlineData("xcnn-ts-abs-rel")]
    [InlineData("diff-abs")]
    [InlineData("diff-rel")]
    public void CountParameters_ExtraModels_ModuleAgreesWithArchitecture(string name)
    {
        using var network = ModelCatalog.Builder(name).Input(128, 192).Classes(3).Build();

        Assert.Equal(network.Architecture.CountParameters(), network.CountParameters());
    }
}
