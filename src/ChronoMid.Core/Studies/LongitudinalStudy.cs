using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChronoMid.Studies;

/// <summary>
/// A longitudinal study: subjects × timepoints × slices, with a label per subject, discovered from a folder of
/// DICOM files by reading headers only.
/// </summary>
/// <remarks>
/// <para>The expected layout is <c>STUDY/&lt;subject&gt;/&lt;any folders&gt;/*.dcm</c> with an optional
/// <c>STUDY/labels.csv</c>. A subject's scans are grouped by SeriesInstanceUID. Each scan is dated in whole weeks
/// since the subject's first scan (or the given study start) from AcquisitionDate or StudyDate; only where the
/// files carry no date does a folder name such as <c>week_3</c> give the week.</para>
/// <para>Irregular and missing weeks are normal. Everything skipped or odd is in <see cref="Report"/>.</para>
/// </remarks>
public sealed class LongitudinalStudy
{
    internal LongitudinalStudy(string folder, IReadOnlyList<StudySubject> subjects, IReadOnlyList<string> classes,
        DiscoveryReport report)
    {
        Folder = folder;
        Subjects = subjects;
        Classes = classes;
        Report = report;
    }

    /// <summary>Gets the study folder's full path.</summary>
    public string Folder { get; }

    /// <summary>Gets the subjects with at least one usable scan, ordered by identifier.</summary>
    public IReadOnlyList<StudySubject> Subjects { get; }

    /// <summary>Gets the class labels in ordinal order (empty without a labels file).</summary>
    public IReadOnlyList<string> Classes { get; }

    /// <summary>Gets what discovery read, skipped and flagged.</summary>
    public DiscoveryReport Report { get; }

    /// <summary>Gets every slice file that is part of the study.</summary>
    public IEnumerable<string> SliceFiles =>
        Subjects.SelectMany(s => s.Scans).SelectMany(scan => scan.Slices).Select(slice => slice.Path);

    /// <summary>Discovers a study in a folder.</summary>
    /// <param name="folder">The study folder.</param>
    /// <param name="options">How to read it; the defaults suit the layout described above.</param>
    /// <param name="logger">Receives what was skipped and flagged, and a summary; none by default.</param>
    /// <param name="progress">Receives the number of headers read; optional.</param>
    /// <param name="cancellationToken">Stops discovery.</param>
    /// <returns>The study.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="StudyFormatException">The labels file is malformed.</exception>
    /// <exception cref="OperationCanceledException">Discovery was cancelled.</exception>
    public static LongitudinalStudy Open(string folder, StudyDiscoveryOptions? options = null,
        ILogger? logger = null, IProgress<DiscoveryProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new StudyDiscovery(folder, options ?? new StudyDiscoveryOptions(), logger ?? NullLogger.Instance)
            .Run(progress, cancellationToken);
    }
}
