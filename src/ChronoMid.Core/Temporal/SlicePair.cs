namespace ChronoMid.Temporal;

/// <summary>A comparison slice and the reference slice it is differenced against, both counted from 0.</summary>
/// <param name="ComparisonSlice">The slice index at the comparison timepoint, from the proximal end.</param>
/// <param name="ReferenceSlice">The slice index at the reference timepoint, from the proximal end.</param>
public readonly record struct SlicePair(int ComparisonSlice, int ReferenceSlice);
