using System.Globalization;

namespace ChronoMid.Synthetic;

/// <summary>Checks every option and collects each problem as one sentence.</summary>
public sealed partial class PhantomStudy
{
    /// <summary>The smallest field of view, in millimetres, that holds the largest tibial cross-section.</summary>
    internal const double MinFieldOfViewMm = 3.6;

    /// <summary>The densities, in mg HA/cm³, that the stored 16-bit range must be able to represent.</summary>
    internal const double MinRepresentableDensity = -500;

    internal const double MaxRepresentableDensity = 2000;

    private static List<string> Validate(PhantomOptions options)
    {
        var problems = new List<string>();
        if (options.SubjectsPerGroup is < 1 or > 500)
        {
            problems.Add($"SubjectsPerGroup must be between 1 and 500; got {options.SubjectsPerGroup}.");
        }

        ValidateWeeks(options, problems);
        ValidateRates(options, problems);
        ValidateScale(options, problems);
        ValidateImaging(options, problems);
        if (options.MaxDegreeOfParallelism is 0 or < -1)
        {
            problems.Add("MaxDegreeOfParallelism must be -1 (every core) or at least 1; "
                + $"got {options.MaxDegreeOfParallelism}.");
        }

        return problems;
    }

    private static void ValidateWeeks(PhantomOptions options, List<string> problems)
    {
        if (options.Weeks is null || options.Weeks.Count == 0)
        {
            problems.Add("Weeks must list at least one week; got none.");
            return;
        }

        var bad = options.Weeks.Where(week => week is < 0 or > 520).ToArray();
        if (bad.Length > 0)
        {
            problems.Add($"Weeks must lie between 0 and 520; got {Join(bad)}.");
        }

        var repeated = options.Weeks.GroupBy(week => week).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        if (repeated.Length > 0)
        {
            problems.Add($"Weeks must not repeat; {Join(repeated)} appear more than once.");
        }

        var missing = options.MissingWeeks ?? [];
        var unknown = missing.Where(week => !options.Weeks.Contains(week)).ToArray();
        if (unknown.Length > 0)
        {
            problems.Add($"MissingWeeks must be among Weeks ({Join(options.Weeks)}); got {Join(unknown)}.");
        }

        if (options.Weeks.All(missing.Contains))
        {
            problems.Add($"MissingWeeks ({Join(missing)}) leave no week to scan.");
        }

        if (options.TreatmentStartWeek is < 0 or > 520)
        {
            problems.Add($"TreatmentStartWeek must lie between 0 and 520; got {options.TreatmentStartWeek}.");
        }

        var subjectCount = 2 * Math.Clamp(options.SubjectsPerGroup, 0, 500);
        foreach (var scan in options.MissingScans ?? [])
        {
            var known = Enumerable.Range(1, subjectCount).Any(i => $"M{i:D2}" == scan.SubjectId);
            if (!known || !options.Weeks.Contains(scan.Week))
            {
                problems.Add($"MissingScans entry ({scan.SubjectId}, week {scan.Week}) must name a subject "
                    + $"M01–M{subjectCount:D2} and one of Weeks.");
            }
        }
    }

    private static void ValidateRates(PhantomOptions options, List<string> problems)
    {
        foreach (var (name, rates) in new[] { ("Ageing", options.Ageing), ("Treatment", options.Treatment) })
        {
            if (rates is null)
            {
                problems.Add($"{name} must not be null.");
                continue;
            }

            CheckRange(problems, $"{name}.TrabecularBoneVolumePerWeek", rates.TrabecularBoneVolumePerWeek, -0.2, 1);
            CheckRange(problems, $"{name}.CorticalThicknessPerWeek", rates.CorticalThicknessPerWeek, -0.1, 0.2);
        }

        CheckRange(problems, nameof(options.TreatmentResponseVariation), options.TreatmentResponseVariation, 0, 1);
        CheckRange(problems, nameof(options.PeriostealShare), options.PeriostealShare, 0, 1);
    }

    private static void ValidateScale(PhantomOptions options, List<string> problems)
    {
        var scale = options.Scale;
        if (scale is null)
        {
            problems.Add("Scale must not be null.");
            return;
        }

        CheckRange(problems, "Scale.PixelSpacingMm", scale.PixelSpacingMm, 0.002, 0.2);
        if (scale.MinRows < 8 || scale.MinRows > scale.MaxRows || scale.MaxRows > 8192)
        {
            problems.Add("Scale rows must satisfy 8 <= MinRows <= MaxRows <= 8192; "
                + $"got MinRows {scale.MinRows}, MaxRows {scale.MaxRows}.");
        }

        if (scale.MinColumns < 8 || scale.MinColumns > scale.MaxColumns || scale.MaxColumns > 8192)
        {
            problems.Add("Scale columns must satisfy 8 <= MinColumns <= MaxColumns <= 8192; "
                + $"got MinColumns {scale.MinColumns}, MaxColumns {scale.MaxColumns}.");
        }

        if (scale.SlicesPerScan is < 2 or > 100_000)
        {
            problems.Add($"Scale.SlicesPerScan must be between 2 and 100000; got {scale.SlicesPerScan}.");
        }

        var smallestSide = Math.Min(scale.MinRows, scale.MinColumns) - (2 * Math.Max(0, options.MaxTranslationPixels));
        var fieldOfView = smallestSide * scale.PixelSpacingMm;
        if (scale.PixelSpacingMm > 0 && fieldOfView < MinFieldOfViewMm)
        {
            problems.Add($"The smallest crop less twice MaxTranslationPixels spans {Format(fieldOfView)} mm "
                + $"({Format(smallestSide)} pixels of {Format(scale.PixelSpacingMm)} mm); the tibia needs at least "
                + $"{Format(MinFieldOfViewMm)} mm, so raise MinRows/MinColumns or PixelSpacingMm.");
        }
    }

    private static void ValidateImaging(PhantomOptions options, List<string> problems)
    {
        CheckRange(problems, nameof(options.NoiseStandardDeviation), options.NoiseStandardDeviation, 0, 1000);
        CheckRange(problems, nameof(options.BlurSigmaPixels), options.BlurSigmaPixels, 0, 5);
        CheckRange(problems, nameof(options.MaxTranslationPixels), options.MaxTranslationPixels, 0, 100);
        CheckRange(problems, nameof(options.MaxRotationDegrees), options.MaxRotationDegrees, 0, 180);
        CheckRange(problems, nameof(options.SliceCountVariation), options.SliceCountVariation, 0, 0.5);
        if (!(options.RescaleSlope > 0) || !double.IsFinite(options.RescaleIntercept))
        {
            problems.Add($"RescaleSlope must be above 0 and RescaleIntercept finite; got slope "
                + $"{Format(options.RescaleSlope)}, intercept {Format(options.RescaleIntercept)}.");
            return;
        }

        var low = (short.MinValue * options.RescaleSlope) + options.RescaleIntercept;
        var high = (short.MaxValue * options.RescaleSlope) + options.RescaleIntercept;
        if (low > MinRepresentableDensity || high < MaxRepresentableDensity)
        {
            problems.Add($"RescaleSlope {Format(options.RescaleSlope)} and RescaleIntercept "
                + $"{Format(options.RescaleIntercept)} store {Format(low)} to {Format(high)} mg HA/cm³; the phantom "
                + $"needs at least {Format(MinRepresentableDensity)} to {Format(MaxRepresentableDensity)} mg HA/cm³.");
        }
    }

    private static void CheckRange(List<string> problems, string name, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            problems.Add($"{name} must lie between {Format(min)} and {Format(max)}; got {Format(value)}.");
        }
    }

    private static string Join(IEnumerable<int> values) => string.Join(", ", values);

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
