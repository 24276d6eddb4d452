namespace ChronoMid.Data;

/// <summary>Where one sample lives in a cache: its unit's index in the manifest and its index in the unit.</summary>
/// <param name="UnitIndex">The unit's index in <see cref="CacheManifest.Units"/>.</param>
/// <param name="SampleIndex">The sample's index within the unit.</param>
public readonly record struct SampleRef(int UnitIndex, int SampleIndex);
