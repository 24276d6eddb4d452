namespace ChronoMid.Training;

/// <summary>How the learning rate changes from epoch to epoch.</summary>
public enum ScheduleKind
{
    /// <summary>The learning rate never changes.</summary>
    Constant,

    /// <summary>The learning rate is multiplied by a factor every few epochs.</summary>
    Step,

    /// <summary>The learning rate follows half a cosine from its base value down to a minimum over the run.</summary>
    Cosine,
}
