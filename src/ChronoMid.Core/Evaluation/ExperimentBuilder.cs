using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Models;
using ChronoMid.Training;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChronoMid.Evaluation;

/// <summary>
/// Configures an <see cref="Experiment"/>. Each step records its problems instead of throwing, and
/// <see cref="Build"/> reports them all in one <see cref="InvalidExperimentException"/>.
/// </summary>
public sealed class ExperimentBuilder
{
    private readonly SampleCache _cache;
    private readonly List<string> _problems = [];
    private IReadOnlyList<string> _models = ModelCatalog.Names.Take(ModelCatalog.PaperModelCount).ToArray();
    private int _runs = 1;
    private IReadOnlyList<int> _budgets = [5];
    private PartitionUnit _unit = PartitionUnit.SubjectTimepoint;
    private bool _stratify = true;
    private long _seed = 7;
    private int _batchSize = 32;
    private ComputeDevice _device = ComputeDevice.Auto;
    private int? _threads;
    private double _learningRate = 1e-3;
    private string? _folder;
    private ILogger _logger = NullLogger.Instance;
    private bool _built;

    internal ExperimentBuilder(SampleCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        _cache = cache;
    }

    /// <summary>Sets the models to compare, by catalog name (see <see cref="ModelCatalog.Names"/>).</summary>
    /// <param name="names">The model names, case-insensitive; each once.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is the paper's six models.</value>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is <see langword="null"/>.</exception>
    public ExperimentBuilder Models(params IReadOnlyList<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        ThrowIfBuilt();
        var known = new List<string>();
        foreach (var name in names)
        {
            var match = ModelCatalog.Names.FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                _problems.Add($"Model '{name}' is unknown; expected one of {string.Join(", ", ModelCatalog.Names)}.");
            }
            else if (known.Contains(match))
            {
                _problems.Add($"Model '{match}' is listed twice; list each model once.");
            }
            else
            {
                known.Add(match);
            }
        }

        Check(names.Count > 0, "The experiment needs at least one model; none was given.");
        _models = known;
        return this;
    }

    /// <summary>Sets how many runs, each on its own split, every model trains for every epoch budget.</summary>
    /// <param name="runs">The number of runs, at least 1.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 1.</value>
    public ExperimentBuilder Runs(int runs) => Check(runs >= 1, $"Runs must be at least 1; it is {runs}.")
        .Set(() => _runs = runs);

    /// <summary>Sets the epoch budgets; every model and run trains once for each (the paper used 5 and 10).</summary>
    /// <param name="budgets">The budgets in epochs, each at least 1 and listed once.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is one budget of 5 epochs.</value>
    /// <exception cref="ArgumentNullException"><paramref name="budgets"/> is <see langword="null"/>.</exception>
    public ExperimentBuilder EpochBudgets(params IReadOnlyList<int> budgets)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        Check(budgets.Count > 0, "The experiment needs at least one epoch budget; none was given.");
        Check(budgets.All(b => b >= 1),
            $"Every epoch budget must be at least 1 epoch; got {string.Join(", ", budgets)}.");
        Check(budgets.Distinct().Count() == budgets.Count,
            $"Each epoch budget must be listed once; got {string.Join(", ", budgets)}.");
        return Set(() => _budgets = budgets.ToArray());
    }

    /// <summary>Sets the unit every split keeps together: subject-timepoints (the paper's) or whole subjects.</summary>
    /// <param name="unit">The partition unit.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see cref="PartitionUnit.SubjectTimepoint"/>.</value>
    public ExperimentBuilder Partitioning(PartitionUnit unit) =>
        Check(Enum.IsDefined(unit), $"Partition unit {unit} is unknown; expected SubjectTimepoint or Subject.")
            .Set(() => _unit = unit);

    /// <summary>
    /// Sets whether every split draws its test and validation units class by class, so that each partition keeps
    /// the cache's class shares; without it a small study can put a single class in the test partition.
    /// </summary>
    /// <param name="enabled">Whether to stratify.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see langword="true"/>.</value>
    public ExperimentBuilder StratifyByClass(bool enabled = true) => Set(() => _stratify = enabled);

    /// <summary>Sets the experiment seed, from which every run's partition, weight and shuffle seeds derive.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 7.</value>
    public ExperimentBuilder Seed(long seed) => Set(() => _seed = seed);

    /// <summary>Sets the samples per training and evaluation step.</summary>
    /// <param name="batchSize">The batch size, at least 1 sample.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 32 (the paper's).</value>
    public ExperimentBuilder BatchSize(int batchSize) =>
        Check(batchSize >= 1, $"BatchSize must be at least 1 sample; it is {batchSize}.")
            .Set(() => _batchSize = batchSize);

    /// <summary>Sets the device every run trains and evaluates on.</summary>
    /// <param name="device">The device.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is <see cref="ComputeDevice.Auto"/>.</value>
    /// <exception cref="ArgumentNullException"><paramref name="device"/> is <see langword="null"/>.</exception>
    public ExperimentBuilder Device(ComputeDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return Set(() => _device = device);
    }

    /// <summary>Sets torch's thread count for every run.</summary>
    /// <param name="threads">The number of threads, at least 1.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is torch's own choice.</value>
    public ExperimentBuilder Threads(int threads) =>
        Check(threads >= 1, $"Threads must be at least 1; it is {threads}.").Set(() => _threads = threads);

    /// <summary>Sets Adam's learning rate.</summary>
    /// <param name="learningRate">The learning rate, finite and above 0.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is 0.001.</value>
    public ExperimentBuilder LearningRate(double learningRate) => Check(
            learningRate > 0 && double.IsFinite(learningRate),
            string.Create(CultureInfo.InvariantCulture,
                $"The learning rate must be finite and above 0; it is {learningRate}."))
        .Set(() => _learningRate = learningRate);

    /// <summary>
    /// Keeps every finished run as a JSON file in a folder, and makes a restarted experiment read those files back
    /// instead of training the runs again.
    /// </summary>
    /// <param name="folder">The folder, created when the first run finishes.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is no folder: runs are kept in memory only.</value>
    public ExperimentBuilder KeepRunsIn(string folder) =>
        Check(!string.IsNullOrWhiteSpace(folder), "The runs folder must not be empty.")
            .Set(() => _folder = string.IsNullOrWhiteSpace(folder) ? null : Path.GetFullPath(folder));

    /// <summary>Sets the logger that receives a summary of every run, and the trainer's messages.</summary>
    /// <param name="logger">The logger.</param>
    /// <returns>This builder.</returns>
    /// <value>The default value is a logger that discards everything.</value>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is <see langword="null"/>.</exception>
    public ExperimentBuilder WithLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        return Set(() => _logger = logger);
    }

    /// <summary>Builds the experiment.</summary>
    /// <returns>The immutable experiment.</returns>
    /// <exception cref="InvalidExperimentException">
    /// Any step was given an invalid value; every problem is listed.
    /// </exception>
    /// <exception cref="InvalidOperationException">This builder has already built an experiment.</exception>
    public Experiment Build()
    {
        ThrowIfBuilt();
        if (_problems.Count > 0)
        {
            throw new InvalidExperimentException(_problems);
        }

        _built = true;
        return new Experiment(_cache, new ExperimentSettings(_models, _runs, _budgets, _unit, _seed, _batchSize,
            _device, _threads, _learningRate, _folder, _stratify), _logger);
    }

    private ExperimentBuilder Check(bool condition, string problem)
    {
        if (!condition)
        {
            _problems.Add(problem);
        }

        return this;
    }

    private ExperimentBuilder Set(Action apply)
    {
        ThrowIfBuilt();
        apply();
        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException(
                "This builder has already built an experiment; start a new one with Experiment.For.");
        }
    }
}
