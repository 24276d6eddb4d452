using ChronoMid.Models;

namespace ChronoMid.Evaluation;

/// <summary>
/// A model's evaluation on one partition, ready to be written as JSON (<see cref="ToJson"/>) or Markdown
/// (<see cref="ToMarkdown"/>): the classification report, the model and its parameter counts, and the mean training
/// time per epoch.
/// </summary>
/// <param name="Model">The model's name, for example <c>xcnn-abs</c>.</param>
/// <param name="Descriptor">The model's temporal descriptor, for example <c>image+abs</c>.</param>
/// <param name="Partition">The partition evaluated, for example <c>test</c>.</param>
/// <param name="Report">The metrics.</param>
/// <param name="MeanSecondsPerEpoch">The mean training time per epoch, in seconds; NaN when unknown.</param>
/// <param name="Parameters">The model's parameter counts, as Keras counts them.</param>
public sealed partial record EvaluationReport(string Model, string Descriptor, string Partition,
    ClassificationReport Report, double MeanSecondsPerEpoch, ParameterCount Parameters)
{
    /// <summary>Writes the report as JSON to a file, atomically (temporary file, flush, rename).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void WriteJson(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Write(path, ToJson());
    }

    /// <summary>Writes the report as Markdown to a file, atomically (temporary file, flush, rename).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void WriteMarkdown(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Write(path, ToMarkdown());
    }

    private static void Write(string path, string text)
    {
        // A report goes into its run's folder, which is created on first use.
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        ChronoMid.IO.AtomicFile.WriteAllText(path, text);
    }
}
