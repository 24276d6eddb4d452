namespace ChronoMid.Studies;

/// <summary>How far discovery has read through a study folder's files.</summary>
/// <param name="FilesRead">The number of file headers read so far.</param>
/// <param name="FilesTotal">The number of files to read.</param>
public sealed record DiscoveryProgress(int FilesRead, int FilesTotal);
