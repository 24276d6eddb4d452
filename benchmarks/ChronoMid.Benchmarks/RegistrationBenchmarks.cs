using BenchmarkDotNet.Attributes;
using ChronoMid.Imaging;

namespace ChronoMid.Benchmarks;

/// <summary>Phase-correlation registration of one 501 × 763 pair at upsample factor 10.</summary>
[MemoryDiagnoser]
public class RegistrationBenchmarks
{
    private ImageSlice _reference = null!;
    private ImageSlice _comparison = null!;
    private PhaseCorrelation _registration = null!;
    private PreparedReference _prepared = null!;

    /// <summary>Gets or sets the correlation size.</summary>
    [Params(CorrelationSize.Exact, CorrelationSize.PadToFastSize)]
    public CorrelationSize Size { get; set; }

    /// <summary>Makes the pair and the prepared reference.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _reference = Ramp(seed: 1, 0);
        _comparison = SliceTranslation.Translate(Ramp(seed: 1, 0), 2.3, -1.6);
        _registration = new PhaseCorrelation(new PhaseCorrelationOptions { Size = Size });
        _prepared = _registration.Prepare(_reference);
    }

    /// <summary>Registers with a fresh reference (both images transformed).</summary>
    [Benchmark(Baseline = true)]
    public RegistrationResult Fresh() => _registration.Register(_comparison, _reference);

    /// <summary>Registers against the prepared reference (one forward transform).</summary>
    [Benchmark]
    public RegistrationResult Prepared() => _registration.Register(_comparison, _prepared);

    private static ImageSlice Ramp(int seed, double offset)
    {
        var random = new Random(seed);
        var pixels = new float[501 * 763];
        for (var i = 0; i < pixels.Length; i++)
        {
            var y = i / 763;
            var x = i % 763;
            var r = Math.Sqrt(Math.Pow((y - 250 - offset) / 150.0, 2) + Math.Pow((x - 370) / 210.0, 2));
            pixels[i] = (float)(100 + (1700 * Math.Exp(-Math.Pow((r - 1) / 0.1, 2))) + (30 * random.NextDouble()));
        }

        return ImageSlice.TakeOwnership(501, 763, pixels);
    }
}
