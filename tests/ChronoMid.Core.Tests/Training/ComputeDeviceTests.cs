using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Torch;
using ChronoMid.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Training;

[Collection(TorchState.Name)]
public sealed class ComputeDeviceTests : IDisposable
{
    private readonly TrainingFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [InlineData("auto", "auto")]
    [InlineData("CPU", "cpu")]
    [InlineData("cuda", "cuda:0")]
    [InlineData("cuda:3", "cuda:3")]
    public void Parse_KnownForms_RoundTrip(string text, string expected) =>
        Assert.Equal(expected, ComputeDevice.Parse(text).ToString());

    [Fact]
    public void Parse_Unknown_SaysWhatIsExpected()
    {
        var error = Assert.Throws<FormatException>(() => ComputeDevice.Parse("gpu"));

        Assert.Equal("Device 'gpu' is unknown; expected auto, cpu, cuda or cuda:INDEX.", error.Message);
    }

    [Fact]
    public void Resolve_Auto_PrefersCudaElseCpu()
    {
        Assert.Equal((DeviceType.CPU, 0), ComputeDevice.Auto.Resolve(cudaAvailable: false, cudaDevices: 0));
        Assert.Equal((DeviceType.CUDA, 0), ComputeDevice.Auto.Resolve(cudaAvailable: true, cudaDevices: 2));
        Assert.Equal((DeviceType.CPU, 0), ComputeDevice.Cpu.Resolve(cudaAvailable: true, cudaDevices: 2));
        Assert.Equal((DeviceType.CUDA, 1), ComputeDevice.Cuda(1).Resolve(cudaAvailable: true, cudaDevices: 2));
    }

    [Fact]
    public void Resolve_CudaWithoutCuda_NamesWhatWasAskedAndWhatExists()
    {
        var error = Assert.Throws<NotSupportedException>(() => ComputeDevice.Cuda(1).Resolve(false, 0));

        Assert.Equal("Device cuda:1 was asked for, but torch sees no CUDA device in this process; only the CPU is " +
            "available. Use --device cpu (or auto), or run on a machine with a GPU and add the libtorch CUDA package " +
            "that matches TorchSharp's libtorch version.", error.Message);
    }

    [Fact]
    public void Resolve_CudaIndexBeyondDevices_NamesTheDevicesThatExist()
    {
        var error = Assert.Throws<NotSupportedException>(() => ComputeDevice.Cuda(2).Resolve(true, 2));

        Assert.Equal("Device cuda:2 was asked for, but torch sees 2 CUDA device(s): cuda:0 to cuda:1.", error.Message);
    }

    [Fact]
    public void Resolve_OnThisMachine_MatchesWhatTorchSees()
    {
        var device = ComputeDevice.Auto.Resolve();

        Assert.Equal(TorchRuntime.IsCudaAvailable ? DeviceType.CUDA : DeviceType.CPU, device.type);
        if (!TorchRuntime.IsCudaAvailable)
        {
            Assert.Throws<NotSupportedException>(() => ComputeDevice.Cuda().Resolve());
        }
    }

    [Fact]
    public async Task TrainAsync_OnCpu_PutsNetworkAndBatchesOnTheCpu()
    {
        using var cache = _fixture.Cache();
        using var network = TrainingFixture.Network();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cpu).Epochs(1).BatchSize(8).Seed(1).Build();

        await trainer.TrainAsync(TrainingFixture.Split(cache), cache);

        Assert.Equal(DeviceType.CPU, network.Device.type);
        Assert.All(network.Module.parameters(), p => Assert.Equal(DeviceType.CPU, p.device_type));
        var source = BatchSource.Create(cache, new Partition("all", cache.Manifest.Units),
            options: new BatchSourceOptions { BatchSize = 3 });
        using var stream = source.Read(0);
        using var batch = stream.First();
        using var scope = NewDisposeScope();
        var (input, targets) = BatchTensors.For(network.Architecture.Descriptor, cache.Layout).Create(batch, CPU);
        Assert.All(input.Images.Values, t => Assert.Equal(new long[] { 3, 1, 16, 24 }, t.shape));
        Assert.All(input.Images.Values, t => Assert.Equal(DeviceType.CPU, t.device_type));
        Assert.Equal(batch.Labels.ToArray(), targets.data<long>().ToArray());
        var difference = input.Images[ChronoMid.Temporal.TemporalInput.AbsoluteDifference];
        Assert.Equal(batch.Values[(16 * 24) + 5], difference[0, 0, 0, 5]
            .item<float>());
    }

    [SkippableFact]
    public async Task TrainAsync_OnCuda_PutsNetworkOnTheGpu()
    {
        Skip.IfNot(TorchRuntime.IsCudaAvailable,
            "torch sees no CUDA device in this process; the CUDA path is covered by the Resolve tests only.");
        using var cache = _fixture.Cache();
        using var network = TrainingFixture.Network();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cuda()).Epochs(1).BatchSize(8).Build();

        await trainer.TrainAsync(TrainingFixture.Split(cache), cache);

        Assert.Equal(DeviceType.CUDA, network.Device.type);
    }
}
