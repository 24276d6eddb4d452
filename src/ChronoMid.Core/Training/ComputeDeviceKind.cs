namespace ChronoMid.Training;

/// <summary>Which kind of device a <see cref="ComputeDevice"/> asks for.</summary>
public enum ComputeDeviceKind
{
    /// <summary>The first CUDA device when torch sees one, else the CPU.</summary>
    Auto,

    /// <summary>The CPU.</summary>
    Cpu,

    /// <summary>One CUDA device, by index.</summary>
    Cuda,
}
