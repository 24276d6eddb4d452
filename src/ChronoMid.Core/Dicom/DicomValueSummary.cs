namespace ChronoMid.Dicom;

/// <summary>The minimum, maximum and mean of a set of pixel values.</summary>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Mean">The arithmetic mean.</param>
public sealed record DicomValueSummary(double Min, double Max, double Mean);
