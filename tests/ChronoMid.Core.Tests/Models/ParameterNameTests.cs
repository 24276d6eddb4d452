using ChronoMid.Models;

namespace ChronoMid.Tests.Models;

[Collection(TorchState.Name)]
public sealed class ParameterNameTests
{
    [Fact]
    public void NamedParameters_Cnn_AreCompleteAndStable()
    {
        using var network = ModelCatalog.Builder("cnn").Input(64, 96).Build();

        var names = network.Module.named_parameters().Select(item => item.name).ToArray();
        var buffers = network.Module.named_buffers().Select(item => item.name).ToArray();

        string[] expected =
        [
            "input_norms.0.weight", "input_norms.0.bias",
            .. Enumerable.Range(1, 5).SelectMany(k => new[]
            {
                $"chain{k}.branches.0.conv0.weight", $"chain{k}.branches.0.conv0.bias",
                $"chain{k}.branches.0.conv1.weight", $"chain{k}.branches.0.conv1.bias",
                $"chain{k}.branches.0.norm.weight", $"chain{k}.branches.0.norm.bias",
            }),
            "head.dense64.weight", "head.dense64.bias", "head.norm64.weight", "head.norm64.bias",
            "head.dense32.weight", "head.dense32.bias", "head.norm32.weight", "head.norm32.bias",
            "head.output.weight", "head.output.bias",
        ];
        Assert.Equal(expected, names);
        Assert.Contains("input_norms.0.running_mean", buffers);
        Assert.Contains("chain3.branches.0.norm.running_var", buffers);
        Assert.Contains("head.norm32.num_batches_tracked", buffers);
        Assert.Equal(1 + 5 + 2, buffers.Count(name => name.EndsWith(".running_mean", StringComparison.Ordinal)));
    }

    [Fact]
    public void NamedParameters_Xcnn_NameBranchesAndCrossConnections()
    {
        using var network = ModelCatalog.Builder("xcnn-ts-abs").Input(64, 96).Build();

        var names = network.Module.named_parameters().Select(item => item.name).ToHashSet();

        Assert.Contains("input_norms.1.weight", names);
        Assert.Contains("chain1.branches.1.conv0.weight", names);
        Assert.Contains("chain4.cross_0_1.weight", names);
        Assert.Contains("chain4.cross_1_0.bias", names);
        Assert.DoesNotContain("chain5.cross_0_1.weight", names);
        Assert.Equal(2 * 5 * 6 + 2 * 2 + 4 * 2 * 2 + 10, names.Count);
    }

    [Fact]
    public void NamedParameters_FaithfulCnn_WidthNormsSizedByColumns()
    {
        using var network = ModelCatalog.Builder("cnn").Input(501, 763).Build();

        var shapes = network.Module.named_parameters().ToDictionary(item => item.name, item => item.parameter.shape);

        Assert.Equal(new long[] { 763 }, shapes["input_norms.0.weight"]);
        Assert.Equal(new long[] { 382 }, shapes["chain1.branches.0.norm.weight"]);
        Assert.Equal(new long[] { 24 }, shapes["chain5.branches.0.norm.weight"]);
        Assert.Equal(new long[] { 64, 12_288 }, shapes["head.dense64.weight"]);
    }

    [Theory]
    [InlineData("cnn")]
    [InlineData("xcnn-ts-abs-rel")]
    public void StateDict_HoldsEachParameterAndBufferOnceUnderItsName(string name)
    {
        using var network = ModelCatalog.Builder(name).Input(64, 96).Build();

        var state = network.Module.state_dict().Keys.Order(StringComparer.Ordinal).ToArray();
        var expected = network.Module.named_parameters().Select(item => item.name)
            .Concat(network.Module.named_buffers().Select(item => item.name))
            .Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, state);
        Assert.DoesNotContain(state, key => key.Contains("._", StringComparison.Ordinal) || key.StartsWith('_'));
        Assert.Equal(network.Module.modules().Count(), network.Module.modules().Distinct().Count());
    }
}
