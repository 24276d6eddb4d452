using TorchSharp;

namespace ChronoMid.Torch;

/// <summary>Reports on the native torch runtime that ChronoMid's models and trainer run on.</summary>
public static class TorchRuntime
{
    /// <summary>Gets a value indicating whether a CUDA device is usable in this process.</summary>
    /// <value><see langword="true"/> when libtorch was built with CUDA and at least one GPU is visible.</value>
    public static bool IsCudaAvailable => torch.cuda.is_available();

    /// <summary>Gets the number of threads torch uses for intra-op parallelism in this process.</summary>
    public static int ThreadCount => torch.get_num_threads();
}
