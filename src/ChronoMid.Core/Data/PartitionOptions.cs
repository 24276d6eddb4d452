namespace ChronoMid.Data;

/// <summary>How data are split into training, validation and test partitions.</summary>
public sealed class PartitionOptions
{
    /// <summary>Gets or sets what is kept together in one partition.</summary>
    /// <value>The default value is <see cref="PartitionUnit.SubjectTimepoint"/>, as in the paper.</value>
    public PartitionUnit Unit { get; set; } = PartitionUnit.SubjectTimepoint;

    /// <summary>Gets or sets the share of units held out for testing, rounded to a whole number of units.</summary>
    /// <value>The default value is 0.2 (the paper's "approximately one fifth").</value>
    public double TestFraction { get; set; } = 0.2;

    /// <summary>Gets or sets the share of the remaining units used for validation.</summary>
    /// <value>The default value is 0.1 (the paper's 90 / 10 split).</value>
    public double ValidationFraction { get; set; } = 0.1;

    /// <summary>
    /// Gets or sets a value indicating whether each class is split separately, so that every partition holds
    /// each class in about its overall share.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the paper drew units at random.</value>
    public bool StratifyByClass { get; set; }

    /// <summary>Gets or sets the seed of every random choice the split makes.</summary>
    /// <value>The default value is 0.</value>
    public ulong Seed { get; set; }
}
