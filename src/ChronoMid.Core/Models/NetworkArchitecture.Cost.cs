namespace ChronoMid.Models;

public sealed partial record NetworkArchitecture
{
    /// <summary>Counts the parameters from the architecture alone, as Keras does (no tensors are made).</summary>
    /// <returns>Trainable and non-trainable (batch-norm moving mean and variance) counts.</returns>
    public ParameterCount CountParameters()
    {
        var sizes = SizesPerChain();
        long trainable = 0;
        long nonTrainable = 0;

        void AddBatchNorm(long features)
        {
            trainable += 2 * features;
            nonTrainable += 2 * features;
        }

        for (var branch = 0; branch < BranchCount; branch++)
        {
            if (InputBatchNorm is { } inputAxis)
            {
                AddBatchNorm(inputAxis == BatchNormAxis.Width ? InputColumns : 1);
            }

            var channels = ChannelsPerChain(branch);
            for (var k = 0; k < Chains.Count; k++)
            {
                var chain = Chains[k];
                long inChannels = channels[k];
                foreach (var filters in chain.Filters)
                {
                    trainable += (9 * inChannels * filters) + filters;
                    inChannels = filters;
                }

                AddBatchNorm(chain.BatchNorm == BatchNormAxis.Width ? sizes[k + 1].Columns : inChannels);
                var outgoing = chain.CrossConnections.Count(connection => connection.From == branch);
                trainable += outgoing * ((inChannels * chain.CrossFilters) + chain.CrossFilters);
            }
        }

        var features = HeadInputFeatures();
        trainable += (features * HeadUnits1) + HeadUnits1;
        AddBatchNorm(HeadUnits1);
        trainable += (HeadUnits1 * HeadUnits2) + HeadUnits2;
        AddBatchNorm(HeadUnits2);
        trainable += (HeadUnits2 * Classes) + Classes;
        return new ParameterCount(trainable, nonTrainable);
    }

    /// <summary>
    /// Computes the forward cost of one image (one sample of every branch), in GFLOP: multiply-adds × 2 of the
    /// convolution and dense layers only (biases, batch norms, pooling and activations are not counted).
    /// </summary>
    /// <returns>The forward cost per sample, in units of 10⁹ floating-point operations.</returns>
    public double ForwardGflops()
    {
        var sizes = SizesPerChain();
        double multiplyAdds = 0;
        for (var branch = 0; branch < BranchCount; branch++)
        {
            var channels = ChannelsPerChain(branch);
            for (var k = 0; k < Chains.Count; k++)
            {
                var chain = Chains[k];
                double positions = sizes[k].Rows * sizes[k].Columns;
                double inChannels = channels[k];
                foreach (var filters in chain.Filters)
                {
                    multiplyAdds += 9 * inChannels * filters * positions;
                    inChannels = filters;
                }

                double pooled = sizes[k + 1].Rows * sizes[k + 1].Columns;
                var outgoing = chain.CrossConnections.Count(connection => connection.From == branch);
                multiplyAdds += outgoing * inChannels * chain.CrossFilters * pooled;
            }
        }

        multiplyAdds += (HeadInputFeatures() * HeadUnits1) + (HeadUnits1 * HeadUnits2) + (HeadUnits2 * Classes);
        return 2 * multiplyAdds / 1e9;
    }
}
