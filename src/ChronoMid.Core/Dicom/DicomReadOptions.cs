namespace ChronoMid.Dicom;

/// <summary>Limits that keep the reader safe on hostile or corrupt input.</summary>
public sealed class DicomReadOptions
{
    /// <summary>Gets or sets how deeply sequences may nest before the input is rejected as malformed.</summary>
    /// <value>The default value is 32 levels.</value>
    public int MaxSequenceDepth { get; set; } = 32;

    /// <summary>Gets or sets the largest inflated size of a deflated data set, a guard against deflate bombs.</summary>
    /// <value>The default value is 1 073 741 824 bytes (1 GiB).</value>
    public long MaxInflatedBytes { get; set; } = 1L << 30;

    /// <summary>Gets or sets how many bytes a header-only read fetches first; it grows the buffer as needed.</summary>
    /// <value>The default value is 16 384 bytes.</value>
    public int InitialHeaderBytes { get; set; } = 16 * 1024;

    internal void Validate()
    {
        var problems = new List<string>();
        if (MaxSequenceDepth < 1)
        {
            problems.Add($"MaxSequenceDepth must be at least 1 level; it is {MaxSequenceDepth}.");
        }

        if (MaxInflatedBytes < 1)
        {
            problems.Add($"MaxInflatedBytes must be at least 1 byte; it is {MaxInflatedBytes}.");
        }

        if (InitialHeaderBytes < 256)
        {
            problems.Add($"InitialHeaderBytes must be at least 256 bytes; it is {InitialHeaderBytes}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), "options");
        }
    }
}
