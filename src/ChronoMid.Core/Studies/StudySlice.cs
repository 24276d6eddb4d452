namespace ChronoMid.Studies;

/// <summary>One slice file of a scan, as discovery found it (no pixels are read).</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Rows">The slice height in pixels.</param>
/// <param name="Columns">The slice width in pixels.</param>
/// <param name="Placement">Where the headers place the slice in its scan.</param>
public sealed record StudySlice(string Path, int Rows, int Columns, SlicePlacement Placement);
