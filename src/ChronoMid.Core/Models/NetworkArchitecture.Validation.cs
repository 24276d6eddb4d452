namespace ChronoMid.Models;

public sealed partial record NetworkArchitecture
{
    /// <summary>Checks the architecture and lists every problem found, in a stable order.</summary>
    /// <returns>The problems, one sentence each; empty when the architecture can be built.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Descriptor is null || Descriptor.ImageInputs.Count == 0)
        {
            problems.Add("The descriptor has no image-shaped input; expected at least one of the image, "
                + "the absolute or the relative difference map.");
        }

        if (Chains is null || Chains.Count == 0)
        {
            problems.Add("The network has no chain; expected at least one.");
        }
        else
        {
            ValidateInputSize(problems);
            for (var k = 0; k < Chains.Count; k++)
            {
                ValidateChain(k, Chains[k], problems);
            }
        }

        if (Classes < 2)
        {
            problems.Add($"Classes must be at least 2, found {Classes}.");
        }

        if (!double.IsFinite(KernelL2) || KernelL2 < 0)
        {
            problems.Add($"The L2 factor must be finite and at least 0, found {KernelL2}.");
        }

        return problems;
    }

    private void ValidateInputSize(List<string> problems)
    {
        var minimum = MinimumInputSide;
        foreach (var (name, value) in new[] { ("rows", InputRows), ("columns", InputColumns) })
        {
            if (value < minimum)
            {
                problems.Add($"Input {name} must be at least {minimum} pixels (each of the {Chains.Count} chains "
                    + "halves the maps with a 2 × 2 pooling; smaller inputs leave single-pixel maps), "
                    + $"found {value}.");
            }
        }
    }

    private void ValidateChain(int index, ChainArchitecture? chain, List<string> problems)
    {
        var number = index + 1;
        if (chain is null || chain.Filters is null || chain.Filters.Count == 0)
        {
            problems.Add($"Chain {number} has no convolution; expected at least one.");
            return;
        }

        for (var c = 0; c < chain.Filters.Count; c++)
        {
            if (chain.Filters[c] < 1)
            {
                problems.Add(
                    $"Chain {number}, convolution {c + 1} has {chain.Filters[c]} filters; expected at least 1.");
            }
        }

        if (!(chain.Dropout >= 0 && chain.Dropout < 1))
        {
            problems.Add($"Chain {number}: dropout must be in [0, 1), found {chain.Dropout}.");
        }

        ValidateCrossConnections(number, chain, problems);
    }

    private void ValidateCrossConnections(int number, ChainArchitecture chain, List<string> problems)
    {
        var connections = chain.CrossConnections ?? [];
        if (connections.Count == 0)
        {
            return;
        }

        if (chain.CrossFilters < 1)
        {
            problems.Add(
                $"Chain {number}: cross-connection filters must be at least 1, found {chain.CrossFilters}.");
        }

        var branches = Descriptor?.ImageInputs.Count ?? 0;
        var seen = new HashSet<CrossConnection>();
        foreach (var connection in connections)
        {
            foreach (var (end, branch) in new[] { ("from", connection.From), ("to", connection.To) })
            {
                if (branch < 0 || branch >= branches)
                {
                    problems.Add($"Chain {number}: cross-connection {connection} goes {end} branch {branch}, but the "
                        + $"network has {branches} branch(es), numbered 0 to {branches - 1}.");
                }
            }

            if (connection.From == connection.To)
            {
                problems.Add($"Chain {number}: cross-connection {connection} joins branch {connection.From} to itself; "
                    + "a cross-connection must join two different branches.");
            }

            if (!seen.Add(connection))
            {
                problems.Add($"Chain {number}: cross-connection {connection} is listed twice.");
            }
        }
    }
}
