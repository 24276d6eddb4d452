using ChronoMid.Models;
using ChronoMid.Temporal;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Models;

[Collection(TorchState.Name)]
public sealed class ForwardTests
{
    public static TheoryData<string> AllModels => new(ModelCatalog.Names);

    [Theory]
    [MemberData(nameof(AllModels))]
    public void ForwardBackward_EveryModelAt64x96_GivesLogitsAndGradients(string name)
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder(name).Input(64, 96).Classes(3).Seed(5).Build();
        network.Train();
        var input = NetworkTestData.RandomBatch(network.Architecture, batch: 4);

        var logits = network.Forward(input);
        var loss = nn.functional.cross_entropy(logits, tensor(new long[] { 0, 1, 2, 1 }))
            + network.KernelL2Penalty();
        loss.backward();

        Assert.Equal(new long[] { 4, 3 }, logits.shape);
        Assert.True(float.IsFinite(loss.item<float>()));
        var parameters = network.Module.named_parameters().ToList();
        Assert.All(parameters, item => Assert.NotNull(item.parameter.grad));
        Assert.Contains(parameters, item => item.parameter.grad!.abs().sum().item<float>() > 0);
    }

    [Fact]
    public void Forward_EvalMode_IsDeterministic()
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("xcnn-ts-abs").Input(64, 96).Seed(1).Build();
        network.Eval();
        var input = NetworkTestData.RandomBatch(network.Architecture, batch: 2);

        var first = network.Forward(input);
        var second = network.Forward(input);

        Assert.True(first.eq(second).all().item<bool>());
    }

    [Fact]
    public void Forward_OneWayCrossConnection_OnlyReceiverGrows()
    {
        var architecture = ChronoMidNetwork.For(TemporalDescriptor.AbsoluteDifference()).Input(64, 96)
            .CrossConnections(new CrossConnection(1, 0)).CrossFilters(5).BuildArchitecture();
        using var network = ChronoMidNetwork.FromArchitecture(architecture);

        var shapes = network.Module.named_parameters()
            .ToDictionary(item => item.name, item => item.parameter.shape);

        // Branch 0 receives 5 maps after chain 1: its chain 2 sees 8 + 5 channels; branch 1 sees its own 8.
        Assert.Equal(new long[] { 16, 13, 3, 3 }, shapes["chain2.branches.0.conv0.weight"]);
        Assert.Equal(new long[] { 16, 8, 3, 3 }, shapes["chain2.branches.1.conv0.weight"]);
        Assert.Equal(new long[] { 5, 8, 1, 1 }, shapes["chain1.cross_1_0.weight"]);
        Assert.DoesNotContain("chain1.cross_0_1.weight", shapes.Keys);
        Assert.DoesNotContain(shapes.Keys, key => key.StartsWith("chain5.cross", StringComparison.Ordinal));
        // Head: branch 0 has 32 maps (no cross after chain 5), branch 1 has 32; 2 × 2 × 3 after five poolings.
        Assert.Equal(new long[] { 64, 2 * 32 * 2 * 3 }, shapes["head.dense64.weight"]);
    }

    [Fact]
    public void Forward_ThreeBranchesAllConnected_ReceiversConcatenateBoth()
    {
        using var network = ModelCatalog.Builder("xcnn-abs-rel").Input(64, 96).Build();

        var shapes = network.Module.named_parameters()
            .ToDictionary(item => item.name, item => item.parameter.shape);

        Assert.Equal(new long[] { 16, 8 + 8 + 8, 3, 3 }, shapes["chain2.branches.2.conv0.weight"]);
        Assert.Equal(6, shapes.Keys.Count(key => key.StartsWith("chain1.cross_", StringComparison.Ordinal)
            && key.EndsWith(".weight", StringComparison.Ordinal)));
    }

    [Fact]
    public void Forward_WrongImageShape_SaysExpectedAndActual()
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("xcnn-abs").Input(64, 96).Build();
        var input = NetworkInput.Of(TemporalInput.Image, zeros(2, 1, 64, 96))
            .And(TemporalInput.AbsoluteDifference, zeros(2, 1, 64, 95));

        var exception = Assert.Throws<ArgumentException>(() => network.Forward(input));

        Assert.Equal("The absolute difference map has shape [2, 1, 64, 95] and type Float32; expected "
            + "[2, 1, 64, 96] (N × 1 × rows × columns) and Float32. (Parameter 'input')", exception.Message);
    }

    [Fact]
    public void Forward_MissingTimestamps_SaysWhatIsMissing()
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("cnn-ts").Input(32, 32).Build();
        var input = NetworkInput.Of(TemporalInput.Image, zeros(2, 1, 32, 32));

        var exception = Assert.Throws<ArgumentException>(() => network.Forward(input));

        Assert.Equal("The network's descriptor 'image+ts' needs timestamps, which the input lacks. "
            + "(Parameter 'input')", exception.Message);
    }

    [Fact]
    public void Forward_MissingBranch_NamesIt()
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("diff-rel").Input(32, 32).Build();
        var input = NetworkInput.Of(TemporalInput.Image, zeros(2, 1, 32, 32));

        var exception = Assert.Throws<ArgumentException>(() => network.Forward(input));

        Assert.Equal("The network's descriptor 'rel' needs the relative difference map, which the input lacks. "
            + "(Parameter 'input')", exception.Message);
    }

    [Fact]
    public void To_Cuda_MovesOrThrowsClearly()
    {
        using var network = ModelCatalog.Builder("cnn").Input(32, 32).Build();

        if (cuda.is_available())
        {
            Assert.Equal(TorchSharp.DeviceType.CUDA, network.To(new Device(TorchSharp.DeviceType.CUDA, 0)).Device.type);
            return;
        }

        var cudaDevice = new Device(TorchSharp.DeviceType.CUDA, 0);
        var exception = Assert.Throws<NotSupportedException>(() => network.To(cudaDevice));

        Assert.Matches(
            "^Device 'cuda(:0)?' was asked for, but torch sees no CUDA device in this process\\.", exception.Message);
        Assert.Equal(TorchSharp.DeviceType.CPU, network.Device.type);
    }
}
