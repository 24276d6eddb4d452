namespace ChronoMid.Models;

public sealed partial record NetworkArchitecture
{
    /// <summary>Gets the number of channels that enter each chain of the given branch.</summary>
    /// <param name="branch">The branch, zero-based.</param>
    /// <returns>One entry per chain plus a last entry: the channels leaving the last chain.</returns>
    internal int[] ChannelsPerChain(int branch)
    {
        var channels = new int[Chains.Count + 1];
        channels[0] = 1;
        for (var k = 0; k < Chains.Count; k++)
        {
            var chain = Chains[k];
            var incoming = chain.CrossConnections.Count(connection => connection.To == branch);
            channels[k + 1] = chain.Filters[^1] + (incoming * chain.CrossFilters);
        }

        return channels;
    }

    /// <summary>Gets the map size (rows, columns) entering each chain, and after the last one.</summary>
    /// <returns>One entry per chain plus the size after the last pooling.</returns>
    internal (long Rows, long Columns)[] SizesPerChain()
    {
        var sizes = new (long Rows, long Columns)[Chains.Count + 1];
        sizes[0] = (InputRows, InputColumns);
        for (var k = 0; k < Chains.Count; k++)
        {
            // A 2 × 2 pooling with stride 2 rounding up (ceil mode).
            sizes[k + 1] = ((sizes[k].Rows + 1) / 2, (sizes[k].Columns + 1) / 2);
        }

        return sizes;
    }

    /// <summary>Gets the number of features the head's first dense layer receives.</summary>
    internal long HeadInputFeatures()
    {
        var last = SizesPerChain()[^1];
        long features = ScalarInputCount;
        for (var branch = 0; branch < BranchCount; branch++)
        {
            features += ChannelsPerChain(branch)[^1] * last.Rows * last.Columns;
        }

        return features;
    }
}
