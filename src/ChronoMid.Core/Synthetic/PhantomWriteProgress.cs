namespace ChronoMid.Synthetic;

/// <summary>How far writing a phantom study as DICOM has come.</summary>
/// <param name="ScansWritten">The scans (subject-weeks) written so far.</param>
/// <param name="ScansTotal">The scans to write.</param>
/// <param name="FilesWritten">The slice files written so far.</param>
public sealed record PhantomWriteProgress(int ScansWritten, int ScansTotal, int FilesWritten);
