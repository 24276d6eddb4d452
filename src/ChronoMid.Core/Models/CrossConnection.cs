namespace ChronoMid.Models;

/// <summary>
/// One cross-connection of an X-chain: branch <see cref="From"/> sends a 1 × 1 convolution of its pooled maps
/// to branch <see cref="To"/>, which concatenates it after its own maps.
/// </summary>
/// <param name="From">The sending branch, zero-based in the descriptor's input order.</param>
/// <param name="To">The receiving branch, zero-based in the descriptor's input order.</param>
public readonly record struct CrossConnection(int From, int To)
{
    /// <summary>Returns the connection as <c>from→to</c>, for example <c>0→1</c>.</summary>
    /// <returns>The compact form.</returns>
    public override string ToString() => $"{From}→{To}";
}
