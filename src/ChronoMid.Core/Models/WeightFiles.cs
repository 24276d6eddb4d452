using TorchSharp;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>Reads and writes state dictionaries in safetensors and TorchSharp formats, atomically.</summary>
internal static class WeightFiles
{
    public static string FileName(WeightFormat format) =>
        format == WeightFormat.SafeTensors ? "model.safetensors" : "model.dat";

    public static WeightFormat FormatOf(string path) =>
        Path.GetExtension(path).Equals(".safetensors", StringComparison.OrdinalIgnoreCase)
            ? WeightFormat.SafeTensors
            : WeightFormat.TorchSharp;

    public static void Write(Stream stream, Dictionary<string, Tensor> cpuState, WeightFormat format)
    {
        if (format == WeightFormat.SafeTensors)
        {
            Safetensors.SaveStateDict(stream, cpuState, leaveOpen: true);
        }
        else
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            nn.Module.save_state_dict(writer, cpuState);
        }
    }

    /// <summary>Reads every tensor of a weights file onto the CPU, in file order.</summary>
    public static Dictionary<string, Tensor> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Weights file '{path}' does not exist.", path);
        }

        if (FormatOf(path) == WeightFormat.SafeTensors)
        {
            return Safetensors.LoadStateDict(path);
        }

        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream);
        // TorchSharp writes the entry count in the same 7-bit variable-length form as .NET's BinaryWriter.
        var count = reader.Read7BitEncodedInt64();
        var state = new Dictionary<string, Tensor>();
        for (long i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            state[name] = TensorExtensionMethods.Load(reader);
        }

        return state;
    }
}
