namespace ChronoMid.Synthetic;

/// <summary>One scan that a phantom study leaves out: the given subject was not scanned in the given week.</summary>
/// <param name="SubjectId">
/// The subject's identifier, as in <see cref="PhantomSubject.Id"/> (for example <c>M06</c>).
/// </param>
/// <param name="Week">The week (whole weeks since the study began) with no scan for that subject.</param>
public readonly record struct MissingScan(string SubjectId, int Week);
