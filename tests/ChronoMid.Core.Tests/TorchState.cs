namespace ChronoMid.Tests;

/// <summary>
/// Tests that touch torch's process-wide state (seed, thread count) run in this one collection, never in
/// parallel with each other.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchState
{
    /// <summary>The collection name to put on such test classes.</summary>
    public const string Name = "torch";
}
