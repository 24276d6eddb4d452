using System.Text.Json;
using System.Text.Json.Nodes;
using static TorchSharp.torch;

namespace ChronoMid.Models;

public sealed partial class ChronoMidNetwork
{
    /// <summary>The name of the file, beside the weights, that holds the architecture.</summary>
    public const string ManifestFileName = "model.json";

    private const string ManifestFormat = "chronomid-network";

    /// <summary>
    /// Saves the network into a directory: the weights (<c>model.safetensors</c> or <c>model.dat</c>) and, beside
    /// them, <c>model.json</c> holding the architecture and the weights file's name. Each file is written to a
    /// temporary file first and renamed, so a reader never sees a half-written file.
    /// </summary>
    /// <param name="directory">The directory; created if missing.</param>
    /// <param name="format">The weights format.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    public void Save(string directory, WeightFormat format = WeightFormat.SafeTensors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var weightsName = WeightFiles.FileName(format);
        using (var scope = NewDisposeScope())
        {
            var state = _module.state_dict().ToDictionary(item => item.Key, item => item.Value.detach().cpu());
            using var file = ChronoMid.IO.AtomicFile.Create(Path.Combine(directory, weightsName));
            WeightFiles.Write(file.Stream, state, format);
            file.Commit();
        }

        var manifest = new JsonObject
        {
            ["format"] = ManifestFormat,
            ["version"] = 1,
            ["weights"] = weightsName,
            ["architecture"] = JsonNode.Parse(Architecture.ToJson()),
        };
        var json = manifest.ToJsonString(NetworkArchitecture.JsonOptions);
        ChronoMid.IO.AtomicFile.WriteAllText(Path.Combine(directory, ManifestFileName), json);
    }

    /// <summary>
    /// Rebuilds a network saved with <see cref="Save"/> from its directory alone: reads the architecture from
    /// <c>model.json</c>, builds the module on the CPU, loads the weights, then moves it to the device.
    /// </summary>
    /// <param name="directory">The directory holding <c>model.json</c> and the weights.</param>
    /// <param name="device">The device to hold the network; null for the CPU.</param>
    /// <returns>The network; the caller disposes it.</returns>
    /// <exception cref="FileNotFoundException">The manifest or the weights file is missing.</exception>
    /// <exception cref="JsonException">The manifest is not a ChronoMid network manifest.</exception>
    /// <exception cref="InvalidArchitectureException">The architecture in the manifest has problems.</exception>
    /// <exception cref="WeightMismatchException">The weights do not fit the architecture.</exception>
    public static ChronoMidNetwork Load(string directory, Device? device = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No {ManifestFileName} in '{directory}'.", manifestPath);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject;
        if (manifest?["format"]?.GetValue<string>() != ManifestFormat
            || manifest["weights"]?.GetValue<string>() is not { } weightsName
            || manifest["architecture"] is not { } architectureNode)
        {
            throw new JsonException(
                $"'{manifestPath}' is not a ChronoMid network manifest; expected keys format = '{ManifestFormat}', "
                + "weights and architecture.");
        }

        var architecture = NetworkArchitecture.FromJson(architectureNode.ToJsonString());
        var network = FromArchitecture(architecture);
        try
        {
            network.LoadWeights(Path.Combine(directory, Path.GetFileName(weightsName)));
            return network.To(device ?? CPU);
        }
        catch
        {
            network.Dispose();
            throw;
        }
    }

    /// <summary>Loads weights saved by <see cref="Save"/> (or by PyTorch as safetensors) into this network.</summary>
    /// <param name="path">A <c>.safetensors</c> file, or any other name for TorchSharp's format.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="WeightMismatchException">
    /// A tensor is missing, unexpected or has another shape or type; the first one is named.
    /// </exception>
    public void LoadWeights(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var loaded = WeightFiles.Read(path);
        try
        {
            var expected = _module.state_dict();
            CheckWeights(path, expected, loaded);
            using var noGrad = no_grad();
            foreach (var (name, target) in expected)
            {
                target.copy_(loaded[name]);
            }
        }
        finally
        {
            foreach (var tensor in loaded.Values)
            {
                tensor.Dispose();
            }
        }
    }

    private static void CheckWeights(string path, Dictionary<string, Tensor> expected,
        Dictionary<string, Tensor> loaded)
    {
        static string Shape(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";

        foreach (var (name, target) in expected)
        {
            if (!loaded.TryGetValue(name, out var found))
            {
                throw new WeightMismatchException(
                    $"Weights file '{path}' lacks tensor '{name}' (expected shape {Shape(target)}).", path, name);
            }

            if (!found.shape.SequenceEqual(target.shape) || found.dtype != target.dtype)
            {
                throw new WeightMismatchException(
                    $"Weights file '{path}': tensor '{name}' has shape {Shape(found)} ({found.dtype}); the "
                    + $"architecture expects {Shape(target)} ({target.dtype}).", path, name);
            }
        }

        foreach (var (name, found) in loaded)
        {
            if (!expected.ContainsKey(name))
            {
                throw new WeightMismatchException(
                    $"Weights file '{path}' has tensor '{name}' (shape {Shape(found)}), which the architecture "
                    + "does not have.", path, name);
            }
        }
    }
}
