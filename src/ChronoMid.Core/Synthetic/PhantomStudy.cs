using System.Collections.ObjectModel;

namespace ChronoMid.Synthetic;

/// <summary>
/// A synthetic longitudinal μCT study of mouse tibiae: subjects in a control and a PTH group, weekly scans with
/// missing weeks, and slices rendered on demand. Create one with <see cref="Create"/>, then walk
/// <see cref="Subjects"/> → <see cref="PhantomSubject.Scans"/> → <see cref="PhantomScan.EnumerateSlices"/>.
/// </summary>
/// <remarks>
/// <para>The study is immutable and holds metadata only; pixels exist one slice at a time. Everything follows
/// from <see cref="PhantomOptions.Seed"/>: the same options give bit-identical slices in any order and with
/// any number of threads.</para>
/// <code>
/// var study = PhantomStudy.Create(new PhantomOptions { SubjectsPerGroup = 3, Seed = 7 });
/// foreach (var scan in study.Scans)
///     foreach (var slice in scan.EnumerateSlices())
///         Write(slice);
/// </code>
/// </remarks>
public sealed partial class PhantomStudy
{
    private readonly PhantomScale _scale;

    private PhantomStudy(IReadOnlyList<PhantomSubject> subjects, PhantomScale scale, long seed,
        int treatmentStartWeek, DateOnly startDate)
    {
        Subjects = subjects;
        _scale = scale;
        Seed = seed;
        TreatmentStartWeek = treatmentStartWeek;
        StudyStartDate = startDate;
        Labels = new ReadOnlyDictionary<string, string>(
            subjects.ToDictionary(subject => subject.Id, subject => subject.Label, StringComparer.Ordinal));
        Weeks = new ReadOnlyCollection<int>(
            [.. subjects.SelectMany(subject => subject.Scans).Select(scan => scan.Week).Distinct().Order()]);
    }

    /// <summary>Gets the subjects: the control group first, then the PTH group.</summary>
    public IReadOnlyList<PhantomSubject> Subjects { get; }

    /// <summary>Gets every scan, subject by subject, each subject's in week order.</summary>
    public IEnumerable<PhantomScan> Scans => Subjects.SelectMany(subject => subject.Scans);

    /// <summary>Gets the label of each subject (<c>control</c> or <c>pth</c>), keyed by subject identifier.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>Gets the weeks in which at least one subject was scanned, ascending.</summary>
    public IReadOnlyList<int> Weeks { get; }

    /// <summary>Gets the seed the study was created from.</summary>
    public long Seed { get; }

    /// <summary>Gets the week PTH treatment began (see <see cref="PhantomOptions.TreatmentStartWeek"/>).</summary>
    public int TreatmentStartWeek { get; }

    /// <summary>Gets the date of the week-0 scans.</summary>
    public DateOnly StudyStartDate { get; }

    /// <summary>Gets a copy of the sampling the study was created with.</summary>
    public PhantomScale Scale => _scale.Copy();

    /// <summary>Creates a study from options, after checking all of them.</summary>
    /// <param name="options">The options; they are copied, so later changes do not affect the study.</param>
    /// <returns>The study.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="PhantomOptionsException">One or more options are invalid; every problem is listed.</exception>
    public static PhantomStudy Create(PhantomOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var copy = options.Copy();
        var problems = Validate(copy);
        if (problems.Count > 0)
        {
            throw new PhantomOptionsException(problems);
        }

        return Build(copy);
    }

    /// <summary>
    /// Renders CSV text for <c>labels.csv</c>: a <c>subject,label</c> header, then one line per subject.
    /// </summary>
    /// <returns>The CSV text, with <c>\n</c> line endings.</returns>
    public string LabelsCsv() =>
        "subject,label\n" + string.Concat(Subjects.Select(subject => $"{subject.Id},{subject.Label}\n"));

    private static PhantomStudy Build(PhantomOptions options)
    {
        var seed = (ulong)options.Seed;
        var scale = options.Scale;
        var settings = new PhantomRenderSettings(scale.PixelSpacingMm, scale.SliceSpacingMm,
            options.NoiseStandardDeviation, options.BlurSigmaPixels, options.IncludeFibula, options.PeriostealShare,
            options.RescaleSlope, options.RescaleIntercept, options.MaxDegreeOfParallelism);
        var weeks = options.Weeks.Except(options.MissingWeeks).Order().ToArray();
        var subjects = new List<PhantomSubject>();
        for (var index = 0; index < 2 * options.SubjectsPerGroup; index++)
        {
            var group = index < options.SubjectsPerGroup ? PhantomGroup.Control : PhantomGroup.Pth;
            var subjectSeed = PhantomHash.Combine(PhantomHash.Combine(seed, PhantomHash.SubjectDomain), (ulong)index);
            var anatomy = SubjectAnatomy.Draw(subjectSeed, options.TreatmentResponseVariation);
            subjects.Add(new PhantomSubject(index, group, anatomy,
                PhantomHash.Combine(seed, PhantomHash.SeriesDomain, (ulong)index)));
        }

        var missing = MissingScansOf(options, subjects, weeks);
        foreach (var subject in subjects)
        {
            foreach (var week in weeks.Where(week => !missing.Contains(new MissingScan(subject.Id, week))))
            {
                subject.AddScan(new PhantomScan(subject, week, options.StudyStartDate.AddDays(7 * week), seed,
                    settings, scale, options));
            }
        }

        return new PhantomStudy(subjects, scale, options.Seed, options.TreatmentStartWeek, options.StudyStartDate);
    }

    private static HashSet<MissingScan> MissingScansOf(PhantomOptions options, List<PhantomSubject> subjects,
        int[] weeks)
    {
        if (options.MissingScans is not null)
        {
            return [.. options.MissingScans];
        }

        // The paper's pattern: one treated mouse lacks the final week.
        var lastTreated = subjects.Last(subject => subject.Group == PhantomGroup.Pth);
        return weeks.Length > 1 ? [new MissingScan(lastTreated.Id, weeks[^1])] : [];
    }
}
