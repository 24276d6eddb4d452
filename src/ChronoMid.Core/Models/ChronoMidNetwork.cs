using ChronoMid.Temporal;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// A ChronoMid network: its immutable <see cref="NetworkArchitecture"/> and the torch module built from it, on one
/// device. Build one with <see cref="For"/>, or rebuild a saved one with <see cref="Load"/>.
/// </summary>
/// <remarks>Disposing the network frees every parameter and buffer it holds.</remarks>
public sealed partial class ChronoMidNetwork : IDisposable
{
    private readonly ChronoMidModule _module;

    private ChronoMidNetwork(ChronoMidModule module, Device device)
    {
        _module = module;
        Device = device;
    }

    /// <summary>Gets the architecture the network was built from.</summary>
    public NetworkArchitecture Architecture => _module.Architecture;

    /// <summary>Gets the torch module, for optimisers and training loops.</summary>
    public ChronoMidModule Module => _module;

    /// <summary>Gets the device holding the network's parameters.</summary>
    public Device Device { get; private set; }

    /// <summary>Starts building a network for a temporal descriptor (one branch per image-shaped input).</summary>
    /// <param name="descriptor">The descriptor of the samples the network will read.</param>
    /// <returns>A builder with the faithful defaults, input 501 × 763 pixels and 2 classes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    public static NetworkBuilder For(TemporalDescriptor descriptor) => new(descriptor);

    /// <summary>Builds a network from an architecture, He-initialised on the CPU, then moved to a device.</summary>
    /// <param name="architecture">The architecture.</param>
    /// <param name="device">The device to hold the network; null for the CPU.</param>
    /// <param name="seed">The seed of the initialisation; null for torch's process-wide generator.</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="architecture"/> is null.</exception>
    /// <exception cref="InvalidArchitectureException">The architecture has problems.</exception>
    /// <exception cref="NotSupportedException">The device is CUDA and torch sees no CUDA device.</exception>
    public static ChronoMidNetwork FromArchitecture(NetworkArchitecture architecture, Device? device = null,
        long? seed = null)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var target = CheckDevice(device ?? CPU);
        using var generator = seed is { } value ? new Generator((ulong)value) : null;
        var module = new ChronoMidModule(architecture, generator);
        var network = new ChronoMidNetwork(module, CPU);
        network.To(target);
        return network;
    }

    /// <summary>Moves the network's parameters and buffers to a device.</summary>
    /// <param name="device">The device.</param>
    /// <returns>This network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is null.</exception>
    /// <exception cref="NotSupportedException">The device is CUDA and torch sees no CUDA device.</exception>
    public ChronoMidNetwork To(Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        CheckDevice(device);
        if (device.type != Device.type || device.index != Device.index)
        {
            _module.to(device);
            Device = device;
        }

        return this;
    }

    /// <summary>Runs the network on a batch (no softmax: the result is logits).</summary>
    /// <param name="input">The batch, on the network's device.</param>
    /// <returns>The logits, N × classes.</returns>
    /// <exception cref="ArgumentException">An input is missing, extra, or has the wrong shape or type.</exception>
    public Tensor Forward(NetworkInput input) => _module.forward(input);

    /// <summary>Puts the network in training mode (batch statistics, dropout on).</summary>
    public void Train() => _module.train();

    /// <summary>Puts the network in evaluation mode (moving statistics, dropout off).</summary>
    public void Eval() => _module.eval();

    /// <summary>
    /// Computes the L2 term λ·Σw² over every convolution and dense kernel (not biases, not batch norms), with λ
    /// the architecture's <see cref="NetworkArchitecture.KernelL2"/>; add it to the loss.
    /// </summary>
    /// <returns>A scalar tensor on the network's device, with gradient.</returns>
    public Tensor KernelL2Penalty()
    {
        Tensor? sum = null;
        var seen = new HashSet<nn.Module>(ReferenceEqualityComparer.Instance);
        foreach (var layer in _module.modules().Where(seen.Add))
        {
            var kernel = layer switch
            {
                Conv2d conv => conv.weight,
                Linear dense => dense.weight,
                _ => null,
            };
            if (kernel is not null)
            {
                var squares = kernel.square().sum();
                sum = sum is null ? squares : sum.add_(squares);
            }
        }

        return sum!.mul_(Architecture.KernelL2);
    }

    /// <summary>Counts the module's parameters and batch-norm moving statistics, as Keras does.</summary>
    /// <returns>Trainable and non-trainable counts; <c>num_batches_tracked</c> counters are not counted.</returns>
    public ParameterCount CountParameters()
    {
        var trainable = _module.parameters().Where(p => p.requires_grad).Sum(p => p.numel());
        var frozen = _module.parameters().Where(p => !p.requires_grad).Sum(p => p.numel());
        var moving = _module.named_buffers()
            .Where(item => item.name.EndsWith(".running_mean", StringComparison.Ordinal)
                || item.name.EndsWith(".running_var", StringComparison.Ordinal))
            .Sum(item => item.buffer.numel());
        return new ParameterCount(trainable, frozen + moving);
    }

    /// <summary>Frees every parameter and buffer of the network.</summary>
    public void Dispose() => _module.Dispose();

    private static Device CheckDevice(Device device)
    {
        if (device.type == DeviceType.CUDA && !cuda.is_available())
        {
            throw new NotSupportedException(
                $"Device '{device}' was asked for, but torch sees no CUDA device in this process. Use the CPU, "
                + "or run on a machine with a GPU and add the libtorch CUDA package that matches TorchSharp's "
                + "libtorch version.");
        }

        return device;
    }
}
