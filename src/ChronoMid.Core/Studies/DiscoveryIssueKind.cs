namespace ChronoMid.Studies;

/// <summary>What discovery found wrong or noteworthy in a study folder.</summary>
public enum DiscoveryIssueKind
{
    /// <summary>A file is not DICOM; it was skipped.</summary>
    NotDicom,

    /// <summary>A DICOM file could not be read (truncated, malformed, unreadable); it was skipped.</summary>
    Unreadable,

    /// <summary>
    /// A file is not an image this library can use (no rows or columns, colour, several frames); skipped.
    /// </summary>
    NotAnImage,

    /// <summary>A file lies outside any subject folder and carries no PatientID; it was skipped.</summary>
    NoSubject,

    /// <summary>A scan carries no date and its folders name no week; it was skipped.</summary>
    NoTimepoint,

    /// <summary>A folder's week number and the files' dates disagree; the dates were used.</summary>
    WeekDisagreement,

    /// <summary>Two scans of one subject fall in the same week; the one with more slices was kept.</summary>
    DuplicateWeek,

    /// <summary>Slices of one scan share a position along the normal; the first in order was kept.</summary>
    DuplicatePosition,

    /// <summary>Slices of one scan have different sizes; those not of the most common size were skipped.</summary>
    MixedSliceSize,

    /// <summary>A subject has scans but no label; it is kept, without a label.</summary>
    SubjectWithoutLabel,

    /// <summary>The labels file names a subject with no scans.</summary>
    LabelWithoutSubject,

    /// <summary>A subject lacks weeks that other subjects have; reported, never fatal.</summary>
    MissingWeeks,
}
