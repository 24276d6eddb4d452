using ChronoMid.Models;
using ChronoMid.Temporal;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Models;

[Collection(TorchState.Name)]
public sealed class LayerTests
{
    [Fact]
    public void WidthBatchNorm_Training_NormalisesEachColumnOverBatchChannelsAndRows()
    {
        using var scope = NewDisposeScope();
        var values = Enumerable.Range(0, 2 * 2 * 3 * 4).Select(i => (float)((i * 7 % 11) + (i % 4 * 3))).ToArray();
        var input = tensor(values).reshape(2, 2, 3, 4);
        using var norm = new WidthBatchNorm(4);
        norm.train();

        var output = norm.forward(input);

        var actual = output.data<float>().ToArray();
        for (var column = 0; column < 4; column++)
        {
            var group = Enumerable.Range(0, values.Length).Where(i => i % 4 == column).ToArray();
            var mean = group.Average(i => (double)values[i]);
            var variance = group.Average(i => Math.Pow(values[i] - mean, 2));
            foreach (var i in group)
            {
                Assert.Equal((values[i] - mean) / Math.Sqrt(variance + 1e-3), actual[i], 4);
            }

            // Moving statistics: 0.99 × old + 0.01 × batch value (unbiased variance, as PyTorch and Keras do).
            var unbiased = variance * group.Length / (group.Length - 1);
            Assert.Equal(0.01 * mean, norm.get_buffer("running_mean")![column].item<float>(), 5);
            Assert.Equal((0.99 * 1) + (0.01 * unbiased), norm.get_buffer("running_var")![column].item<float>(), 4);
        }

        Assert.Equal(1L, norm.get_buffer("num_batches_tracked")!.item<long>());
    }

    [Fact]
    public void WidthBatchNorm_WrongWidth_SaysExpectedAndActual()
    {
        using var scope = NewDisposeScope();
        using var norm = new WidthBatchNorm(5);

        var exception = Assert.Throws<ArgumentException>(() => norm.forward(zeros(1, 1, 2, 4)));

        Assert.Equal("Expected N × C × H × 5 maps, found shape [1, 1, 2, 4]. (Parameter 'input')", exception.Message);
    }

    [Fact]
    public void KernelL2Penalty_EqualsLambdaTimesSumOfSquaredKernels()
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("xcnn-abs").Input(32, 32).KernelL2(0.5).Seed(2).Build();

        var penalty = network.KernelL2Penalty().item<float>();

        var expected = network.Module.named_parameters()
            .Where(item => item.name.EndsWith(".weight", StringComparison.Ordinal)
                && !item.name.Contains("norm", StringComparison.Ordinal))
            .Sum(item => item.parameter.square().sum().item<float>() * 0.5);
        Assert.Equal(expected, penalty, expected * 1e-5);
        Assert.True(penalty > 0);
    }

    [Fact]
    public void Initialisation_HeNormalTruncated_MatchesKerasSpread()
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("cnn").Input(501, 763).Seed(4).Build();
        var named = network.Module.named_parameters().ToDictionary(item => item.name, item => item.parameter);
        var kernel = named["head.dense64.weight"];

        var std = Math.Sqrt(2.0 / 12_288);
        var limit = 2 * std / 0.87962566103423978;

        Assert.Equal(std, kernel.std().item<float>(), std * 0.01);
        Assert.True(kernel.abs().max().item<float>() <= limit * 1.0001);
        Assert.True(kernel.abs().max().item<float>() > limit * 0.99);
        Assert.Equal(0f, named["head.dense64.bias"].abs().sum().item<float>());
        Assert.Equal(0f, named["chain2.branches.0.conv1.bias"].abs().sum().item<float>());
    }

    [Fact]
    public void Build_SameSeed_SameWeights()
    {
        using var scope = NewDisposeScope();
        using var first = ModelCatalog.Builder("diff-abs").Input(32, 32).Seed(9).Build();
        using var second = ModelCatalog.Builder("diff-abs").Input(32, 32).Seed(9).Build();

        var pairs = first.Module.parameters().Zip(second.Module.parameters());

        Assert.All(pairs, pair => Assert.True(pair.First.eq(pair.Second).all().item<bool>()));
    }

    [Fact]
    public void Dispose_FreesParameters()
    {
        var network = ChronoMidNetwork.For(TemporalDescriptor.AbsoluteDifference()).Input(32, 32).Build();
        var parameters = network.Module.parameters().ToList();
        var buffers = network.Module.buffers().ToList();

        network.Dispose();

        Assert.All(parameters, parameter => Assert.True(parameter.IsInvalid));
        Assert.All(buffers, buffer => Assert.True(buffer.IsInvalid));
    }

    [Fact]
    public void Summarise_PaperModelsFirst_WithCountsAndGflops()
    {
        var summaries = ModelCatalog.Summarise();

        Assert.Equal(ModelCatalog.Names, summaries.Select(summary => summary.Name));
        Assert.Equal(new ModelSummary("cnn", "image", 866_898, 863_698, 3_200, summaries[0].Gflops), summaries[0]);
        Assert.Equal(5.69, Math.Round(summaries[0].Gflops, 2));
        Assert.Equal("image+abs+rel+ts", summaries[7].Descriptor);
        Assert.Equal("xcnn-ts-abs", summaries[4].Name);
        Assert.Equal(1_643_354, summaries[4].Total);
    }

    [Fact]
    public void Descriptor_UnknownName_ListsKnownNames()
    {
        var exception = Assert.Throws<ArgumentException>(() => ModelCatalog.Descriptor("resnet"));

        Assert.Equal("Unknown model 'resnet'; expected one of cnn, cnn-ts, xcnn-abs, xcnn-rel, xcnn-ts-abs, "
            + "xcnn-ts-rel, xcnn-abs-rel, xcnn-ts-abs-rel, diff-abs, diff-rel. (Parameter 'name')",
            exception.Message);
    }
}
