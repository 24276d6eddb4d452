namespace ChronoMid.Data;

/// <summary>The key and layout an interrupted cache folder was started with.</summary>
internal sealed record CacheIdentity(string Key, CacheLayout Layout);
