namespace ChronoMid.Synthetic;

/// <summary>The experimental group a phantom subject belongs to.</summary>
public enum PhantomGroup
{
    /// <summary>Untreated ("wild type") mice: bone changes only with normal ageing; label <c>control</c>.</summary>
    Control,

    /// <summary>Mice given intermittent PTH(1-34) from the treatment week on; label <c>pth</c>.</summary>
    Pth,
}
