namespace ChronoMid.Studies;

/// <summary>What discovery read from one slice file's header.</summary>
internal sealed record ScannedFile(
    string Path,
    string Subject,
    string SeriesKey,
    DateOnly? Date,
    int? FolderWeek,
    int Rows,
    int Columns,
    SlicePlacement Placement);
