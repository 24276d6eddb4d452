using ChronoMid.Models;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Models;

[Collection(TorchState.Name)]
public sealed class PersistenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "chronomid-models-" + Guid.NewGuid());

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(WeightFormat.SafeTensors, "model.safetensors")]
    [InlineData(WeightFormat.TorchSharp, "model.dat")]
    public void SaveLoad_RoundTrip_GivesIdenticalOutputs(WeightFormat format, string weightsFile)
    {
        using var scope = NewDisposeScope();
        using var network = ModelCatalog.Builder("xcnn-ts-abs").Input(64, 96).Classes(3).Seed(11).Build();
        var batch = NetworkTestData.RandomBatch(network.Architecture, batch: 4);
        // A training step moves the batch-norm statistics away from their initial values.
        network.Train();
        network.Forward(batch);
        network.Eval();
        var expected = network.Forward(batch);

        network.Save(_directory, format);
        using var loaded = ChronoMidNetwork.Load(_directory);
        loaded.Eval();
        var actual = loaded.Forward(batch);

        Assert.True(File.Exists(Path.Combine(_directory, weightsFile)));
        Assert.True(File.Exists(Path.Combine(_directory, "model.json")));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp-*"));
        Assert.Equal(network.Architecture.ToJson(), loaded.Architecture.ToJson());
        Assert.True(actual.eq(expected).all().item<bool>());
    }

    [Fact]
    public void Save_Manifest_NamesFormatWeightsAndArchitecture()
    {
        using var network = ModelCatalog.Builder("cnn-ts").Input(32, 48).Build();

        network.Save(_directory);

        var json = File.ReadAllText(Path.Combine(_directory, "model.json"));
        Assert.Contains("\"format\": \"chronomid-network\"", json, StringComparison.Ordinal);
        Assert.Contains("\"weights\": \"model.safetensors\"", json, StringComparison.Ordinal);
        Assert.Contains("\"descriptor\": \"image+ts\"", json, StringComparison.Ordinal);
        Assert.Contains("\"inputBatchNorm\": \"channel\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WeightFormat.SafeTensors)]
    [InlineData(WeightFormat.TorchSharp)]
    public void LoadWeights_OtherArchitecture_NamesFirstMismatchingTensor(WeightFormat format)
    {
        using var cnn = ModelCatalog.Builder("cnn").Input(64, 96).Variant(ModelVariant.Standard).Build();
        using var wider = ModelCatalog.Builder("cnn").Input(64, 96).Variant(ModelVariant.Standard)
            .Filters([16, 24], [32, 32], [32, 32], [32, 32], [32, 32]).Build();
        cnn.Save(_directory, format);
        var path = Path.Combine(_directory, format == WeightFormat.SafeTensors ? "model.safetensors" : "model.dat");

        var exception = Assert.Throws<WeightMismatchException>(() => wider.LoadWeights(path));

        Assert.Equal($"Weights file '{path}': tensor 'chain1.branches.0.conv1.weight' has shape [16, 16, 3, 3] "
            + "(Float32); the architecture expects [24, 16, 3, 3] (Float32).", exception.Message);
        Assert.Equal("chain1.branches.0.conv1.weight", exception.TensorName);
    }

    [Fact]
    public void LoadWeights_MissingTensor_SaysSo()
    {
        using var cnn = ModelCatalog.Builder("cnn").Input(64, 96).Build();
        using var xcnn = ModelCatalog.Builder("xcnn-abs").Input(64, 96).Build();
        cnn.Save(_directory);
        var path = Path.Combine(_directory, "model.safetensors");

        var exception = Assert.Throws<WeightMismatchException>(() => xcnn.LoadWeights(path));

        Assert.Equal($"Weights file '{path}': tensor 'input_norms.0.weight' has shape [96] (Float32); the "
            + "architecture expects [1] (Float32).", exception.Message);
    }

    [Fact]
    public void LoadWeights_UnexpectedTensor_SaysSo()
    {
        using var withInputNorm = ModelCatalog.Builder("cnn-ts").Input(64, 96).Build();
        using var withoutInputNorm = ModelCatalog.Builder("cnn-ts").Input(64, 96).InputBatchNorm(null).Build();
        withInputNorm.Save(_directory);
        var path = Path.Combine(_directory, "model.safetensors");

        var exception = Assert.Throws<WeightMismatchException>(() => withoutInputNorm.LoadWeights(path));

        Assert.Equal($"Weights file '{path}' has tensor 'input_norms.0.weight' (shape [1]), which the architecture "
            + "does not have.", exception.Message);
    }

    [Fact]
    public void Load_NoManifest_ThrowsFileNotFound()
    {
        Directory.CreateDirectory(_directory);

        var exception = Assert.Throws<FileNotFoundException>(() => ChronoMidNetwork.Load(_directory));

        Assert.Equal($"No model.json in '{_directory}'.", exception.Message);
    }
}
