namespace ChronoMid.Synthetic;

/// <summary>The study-wide settings a slice needs when it is rendered, fixed when the study is created.</summary>
internal sealed record PhantomRenderSettings(
    double PixelSpacingMm,
    double SliceSpacingMm,
    double NoiseStandardDeviation,
    double BlurSigmaPixels,
    bool IncludeFibula,
    double PeriostealShare,
    double RescaleSlope,
    double RescaleIntercept,
    int MaxDegreeOfParallelism);
