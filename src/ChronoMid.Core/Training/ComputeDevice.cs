using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace ChronoMid.Training;

/// <summary>
/// The device a network trains and evaluates on: <see cref="Auto"/> (CUDA when torch sees a GPU, else the CPU),
/// <see cref="Cpu"/>, or <see cref="Cuda"/> with an index. Resolving a CUDA device where there is none fails with a
/// message naming what was asked for and what exists.
/// </summary>
public sealed record ComputeDevice
{
    private ComputeDevice(ComputeDeviceKind kind, int index)
    {
        Kind = kind;
        Index = index;
    }

    /// <summary>Gets the device that is CUDA device 0 when torch sees a GPU, else the CPU.</summary>
    public static ComputeDevice Auto { get; } = new(ComputeDeviceKind.Auto, 0);

    /// <summary>Gets the CPU.</summary>
    public static ComputeDevice Cpu { get; } = new(ComputeDeviceKind.Cpu, 0);

    /// <summary>Gets the kind of device asked for.</summary>
    public ComputeDeviceKind Kind { get; }

    /// <summary>Gets the CUDA device index; 0 for the other kinds.</summary>
    public int Index { get; }

    /// <summary>Asks for one CUDA device.</summary>
    /// <param name="index">The 0-based device index.</param>
    /// <returns>The device.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static ComputeDevice Cuda(int index = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return new ComputeDevice(ComputeDeviceKind.Cuda, index);
    }

    /// <summary>Parses <c>auto</c>, <c>cpu</c>, <c>cuda</c> or <c>cuda:INDEX</c> (case-insensitive).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The device.</returns>
    /// <exception cref="FormatException">The text is none of those forms.</exception>
    public static ComputeDevice Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().ToLowerInvariant();
        if (trimmed == "auto")
        {
            return Auto;
        }

        if (trimmed == "cpu")
        {
            return Cpu;
        }

        if (trimmed == "cuda")
        {
            return Cuda();
        }

        if (trimmed.StartsWith("cuda:", StringComparison.Ordinal)
            && int.TryParse(trimmed.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return Cuda(index);
        }

        throw new FormatException($"Device '{text}' is unknown; expected auto, cpu, cuda or cuda:INDEX.");
    }

    /// <summary>Resolves the device against what torch sees in this process.</summary>
    /// <returns>The torch device.</returns>
    /// <exception cref="NotSupportedException">A CUDA device was asked for and torch does not see it.</exception>
    public Device Resolve()
    {
        var available = cuda.is_available();
        var (type, index) = Resolve(available, available ? cuda.device_count() : 0);
        return type == DeviceType.CUDA ? new Device(DeviceType.CUDA, index) : CPU;
    }

    /// <summary>Returns <c>auto</c>, <c>cpu</c> or <c>cuda:INDEX</c>, the form <see cref="Parse"/> reads.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        ComputeDeviceKind.Auto => "auto",
        ComputeDeviceKind.Cpu => "cpu",
        _ => string.Create(CultureInfo.InvariantCulture, $"cuda:{Index}"),
    };

    /// <summary>Chooses the device from what is available, without touching torch (so the logic is testable).</summary>
    internal (DeviceType Type, int Index) Resolve(bool cudaAvailable, int cudaDevices)
    {
        switch (Kind)
        {
            case ComputeDeviceKind.Cpu:
                return (DeviceType.CPU, 0);
            case ComputeDeviceKind.Auto:
                return cudaAvailable && cudaDevices > 0 ? (DeviceType.CUDA, 0) : (DeviceType.CPU, 0);
        }

        if (!cudaAvailable || cudaDevices == 0)
        {
            throw new NotSupportedException($"Device {this} was asked for, but torch sees no CUDA device in this " +
                "process; only the CPU is available. Use --device cpu (or auto), or run on a machine with a GPU " +
                "and add the libtorch CUDA package that matches TorchSharp's libtorch version.");
        }

        if (Index >= cudaDevices)
        {
            throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                $"Device {this} was asked for, but torch sees {cudaDevices} CUDA device(s): cuda:0 to " +
                $"cuda:{cudaDevices - 1}."));
        }

        return (DeviceType.CUDA, Index);
    }
}
