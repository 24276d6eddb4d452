namespace ChronoMid.Evaluation;

/// <summary>The accuracy over one group of samples: a subject, or a week.</summary>
/// <param name="Group">The subject identifier, or the week number written in invariant culture.</param>
/// <param name="Accuracy">The share of the group's samples predicted right.</param>
/// <param name="Samples">The number of samples in the group.</param>
public sealed record GroupAccuracy(string Group, double Accuracy, int Samples);
