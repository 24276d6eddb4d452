namespace ChronoMid.Imaging;

/// <summary>Settings for <see cref="PhaseCorrelation"/>.</summary>
public sealed class PhaseCorrelationOptions
{
    /// <summary>
    /// Gets or sets the upsampling factor of the sub-pixel refinement: shifts are found to 1 / factor of a pixel.
    /// 1 gives whole-pixel shifts only.
    /// </summary>
    /// <value>The default value is 10.</value>
    public int UpsampleFactor { get; set; } = 10;

    /// <summary>Gets or sets how the cross-power spectrum is normalised.</summary>
    /// <value>
    /// The default value is <see cref="CrossPowerNormalization.Phase"/>, scikit-image's default since 0.19:
    /// bone edges dominate a phase-normalised spectrum, so week-to-week changes in overall density move the
    /// peak less.
    /// </value>
    public CrossPowerNormalization Normalization { get; set; } = CrossPowerNormalization.Phase;

    /// <summary>Gets or sets the size at which slices are correlated.</summary>
    /// <value>The default value is <see cref="CorrelationSize.Exact"/>, which matches scikit-image.</value>
    public CorrelationSize Size { get; set; } = CorrelationSize.Exact;

    /// <summary>Gets or sets the most threads one registration may use; 1 runs on the calling thread alone.</summary>
    /// <value>The default value is <see cref="Environment.ProcessorCount"/>.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
