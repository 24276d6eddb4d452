using ChronoMid.Torch;
using TorchSharp;
using static TorchSharp.torch;

namespace ChronoMid.Tests.Torch;

[Collection(TorchState.Name)]
public sealed class TorchRuntimeTests
{
    [Fact]
    public void TensorOp_OnCpu_ComputesExactValues()
    {
        using var scope = NewDisposeScope();
        var a = tensor(new float[] { 1, 2, 3, 4 }).reshape(2, 2);
        var product = a.matmul(a);

        Assert.Equal(new float[] { 7, 10, 15, 22 }, product.data<float>().ToArray());
    }

    [Fact]
    public void Conv2d_ForwardAndBackward_ProducesGradients()
    {
        using var scope = NewDisposeScope();
        manual_seed(1);
        using var conv = nn.Conv2d(1, 2, 3, padding: 1);
        var input = ones(1, 1, 5, 5);
        var output = conv.forward(input);
        Assert.Equal(new long[] { 1, 2, 5, 5 }, output.shape);

        output.sum().backward();

        var weightGrad = conv.weight!.grad;
        Assert.NotNull(weightGrad);
        // d(sum)/d(bias) is the number of output positions per channel.
        Assert.Equal(new float[] { 25, 25 }, conv.bias!.grad!.data<float>().ToArray());
        // The centre tap sees every input pixel once per output position: 25 for both channels.
        Assert.Equal(25f, weightGrad![0, 0, 1, 1].item<float>());
    }

    [Fact]
    public void ThreadCount_IsPositive()
    {
        Assert.True(TorchRuntime.ThreadCount >= 1);
        Assert.False(TorchRuntime.IsCudaAvailable && !cuda.is_available());
    }
}
