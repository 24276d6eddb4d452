using ChronoMid.Imaging;
using ChronoMid.Studies;
using ChronoMid.Temporal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChronoMid.Data;

/// <summary>
/// Describes how a study is preprocessed: canvas expansion, registration, the temporal descriptor and the cache.
/// Each step is checked as it is added, everything again in <see cref="Build"/>; a built builder cannot change.
/// </summary>
public sealed class PreprocessingBuilder
{
    private readonly LongitudinalStudy _study;
    private SliceSize? _canvas;
    private CanvasFit _fit = CanvasFit.PadOnly;
    private PhaseCorrelationOptions _registration = new();
    private TranslationMethod _translation = TranslationMethod.Bilinear;
    private TemporalDescriptor _descriptor = TemporalDescriptor.Image();
    private string? _cacheRoot;
    private int _parallelism = Environment.ProcessorCount;
    private ILogger _logger = NullLogger.Instance;
    private bool _built;

    internal PreprocessingBuilder(LongitudinalStudy study) => _study = study;

    /// <summary>Expands every slice to the largest height and width in the study (the paper's choice).</summary>
    /// <returns>This builder.</returns>
    public PreprocessingBuilder ExpandToLargestSlice() => Change(() =>
    {
        _canvas = null;
        _fit = CanvasFit.PadOnly;
    });

    /// <summary>Expands every slice to a given canvas.</summary>
    /// <param name="canvas">The canvas size in pixels.</param>
    /// <param name="fit">How slices are fitted; the default pads only and refuses larger slices.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The canvas is empty or the fit undefined.</exception>
    public PreprocessingBuilder ExpandTo(SliceSize canvas, CanvasFit fit = CanvasFit.PadOnly)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(canvas.Rows, 1, nameof(canvas));
        ArgumentOutOfRangeException.ThrowIfLessThan(canvas.Columns, 1, nameof(canvas));
        if (!Enum.IsDefined(fit))
        {
            throw new ArgumentOutOfRangeException(nameof(fit), fit, "Expected a defined CanvasFit value.");
        }

        return Change(() => (_canvas, _fit) = (canvas, fit));
    }

    /// <summary>Sets how reference slices are registered onto comparison slices.</summary>
    /// <param name="upsampleFactor">Shifts are found to 1 / factor of a pixel; the default value is 10.</param>
    /// <param name="normalization">The cross-power normalisation; the default value is phase normalisation.</param>
    /// <param name="size">The correlation size; the default value is the canvas size itself.</param>
    /// <param name="translation">How the reference is moved; the default value is bilinear interpolation.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The factor is below 1.</exception>
    public PreprocessingBuilder Register(int upsampleFactor = 10,
        CrossPowerNormalization normalization = CrossPowerNormalization.Phase,
        CorrelationSize size = CorrelationSize.Exact, TranslationMethod translation = TranslationMethod.Bilinear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(upsampleFactor, 1);
        return Change(() =>
        {
            _registration = new PhaseCorrelationOptions
            {
                UpsampleFactor = upsampleFactor, Normalization = normalization, Size = size,
            };
            _translation = translation;
        });
    }

    /// <summary>Sets the temporal descriptor: which inputs every sample carries.</summary>
    /// <param name="descriptor">The descriptor; the default value is the image alone.</param>
    /// <returns>This builder.</returns>
    public PreprocessingBuilder Describe(TemporalDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return Change(() => _descriptor = descriptor);
    }

    /// <summary>Sets the folder under which caches are kept, one subfolder per cache key.</summary>
    /// <param name="cacheRoot">The folder; created when missing.</param>
    /// <returns>This builder.</returns>
    public PreprocessingBuilder CacheIn(string cacheRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheRoot);
        return Change(() => _cacheRoot = cacheRoot);
    }

    /// <summary>Sets how many subjects are processed at once.</summary>
    /// <param name="subjects">At least 1; the default value is the number of processors.</param>
    /// <returns>This builder.</returns>
    public PreprocessingBuilder WithParallelism(int subjects)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subjects, 1);
        return Change(() => _parallelism = subjects);
    }

    /// <summary>Sets where progress of each stage and every left-out timepoint are logged.</summary>
    /// <param name="logger">The logger; none by default.</param>
    /// <returns>This builder.</returns>
    public PreprocessingBuilder WithLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return Change(() => _logger = logger);
    }

    /// <summary>Checks everything and builds the pipeline.</summary>
    /// <returns>The immutable pipeline.</returns>
    /// <exception cref="InvalidOperationException">
    /// The settings cannot work for this study; every problem is listed.
    /// </exception>
    public PreprocessingPipeline Build()
    {
        Change(() => { });
        var problems = new List<string>();
        if (_cacheRoot is null)
        {
            problems.Add("No cache folder: call CacheIn(folder).");
        }

        var scans = _study.Subjects.SelectMany(s => s.Scans).ToArray();
        var labelled = _study.Subjects.Count(s => s.Label is not null);
        if (labelled == 0)
        {
            problems.Add($"None of the study's {_study.Subjects.Count} subjects has a label; add a labels.csv " +
                "with 'subject,label' lines.");
        }

        var largest = scans.Length == 0 ? new SliceSize(1, 1)
            : SliceSize.Largest(scans.Select(scan => new SliceSize(scan.Rows, scan.Columns)));
        var canvas = _canvas ?? largest;
        var tooLarge = scans.FirstOrDefault(s => s.Rows > canvas.Rows || s.Columns > canvas.Columns);
        if (_fit == CanvasFit.PadOnly && tooLarge is not null)
        {
            problems.Add($"Slices of subject {tooLarge.Subject}, week {tooLarge.Week} are {tooLarge.Rows} × " +
                $"{tooLarge.Columns}, larger than the {canvas.Rows} × {canvas.Columns} canvas, and the fit pads " +
                "only; choose a larger canvas or CanvasFit.ScaleKeepingAspectRatio or Stretch.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Cannot preprocess " + _study.Folder + ":" + Environment.NewLine +
                string.Join(Environment.NewLine, problems));
        }

        _built = true;
        return new PreprocessingPipeline(_study, new CanvasExpansion(canvas, _fit), _canvas is null,
            new PhaseCorrelation(_registration), _translation, _descriptor, _cacheRoot!, _parallelism, _logger);
    }

    private PreprocessingBuilder Change(Action change)
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has built its pipeline and can no longer change; " +
                "start a new one with Preprocessing.For(study).");
        }

        change();
        return this;
    }
}
