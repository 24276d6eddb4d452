namespace ChronoMid.Models;

/// <summary>The file format of a saved network's weights.</summary>
public enum WeightFormat
{
    /// <summary>
    /// The safetensors format (<c>model.safetensors</c>), readable from Python with
    /// <c>safetensors.torch.load_file</c>.
    /// </summary>
    SafeTensors,

    /// <summary>TorchSharp's own binary format (<c>model.dat</c>), as written by <c>Module.save</c>.</summary>
    TorchSharp,
}
