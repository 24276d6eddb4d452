namespace ChronoMid.Data;

/// <summary>A split of a study's subject-timepoints into training, validation and test partitions.</summary>
/// <param name="Training">The units a model learns from.</param>
/// <param name="Validation">The units watched for early stopping and model choice.</param>
/// <param name="Test">The units held out for the final evaluation.</param>
/// <param name="Options">The options the split was made with.</param>
public sealed record DataSplit(Partition Training, Partition Validation, Partition Test, PartitionOptions Options)
{
    /// <summary>Gets the three partitions in the order training, validation, test.</summary>
    public IReadOnlyList<Partition> Partitions => [Training, Validation, Test];
}
