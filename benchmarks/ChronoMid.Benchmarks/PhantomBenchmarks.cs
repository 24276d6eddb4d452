using BenchmarkDotNet.Attributes;
using ChronoMid.Synthetic;

namespace ChronoMid.Benchmarks;

/// <summary>
/// Speed of the synthetic μCT phantom: one full-size slice (the paper's 10 μm pixels, up to 501 × 763) on one
/// thread and on every core, and the whole default demo study (six subjects, 47 scans, about 940 slices).
/// Run with <c>dotnet run -c Release --project benchmarks/ChronoMid.Benchmarks --</c>
/// <c>--filter *Phantom* --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class PhantomBenchmarks
{
    private PhantomScan _fullScan = null!;
    private PhantomStudy _defaultStudy = null!;

    /// <summary>Gets or sets the threads per slice: 1, or −1 for every core.</summary>
    [Params(1, -1)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The largest crop the paper reports, so the figure is an upper bound for a full-size slice.
        var scale = PhantomScale.Full();
        (scale.MinRows, scale.MaxRows, scale.MinColumns, scale.MaxColumns) = (501, 501, 763, 763);
        var full = PhantomStudy.Create(new PhantomOptions
        {
            Scale = scale,
            MaxDegreeOfParallelism = Threads,
            MaxTranslationPixels = 0,
        });
        _fullScan = full.Subjects[^1].Scans[^1];
        _defaultStudy = PhantomStudy.Create(new PhantomOptions { MaxDegreeOfParallelism = Threads });
    }

    /// <summary>Renders one proximal slice (trabeculae, fibula, blur, noise) at 501 × 763 pixels.</summary>
    [Benchmark]
    public PhantomSlice FullSizeProximalSlice() => _fullScan.RenderSlice(40);

    /// <summary>Renders one mid-shaft slice at 501 × 763 pixels.</summary>
    [Benchmark]
    public PhantomSlice FullSizeMidShaftSlice() => _fullScan.RenderSlice(650);

    /// <summary>Renders every slice of the default study, streaming, and returns how many there were.</summary>
    [Benchmark]
    public int DefaultStudy()
    {
        var count = 0;
        foreach (var scan in _defaultStudy.Scans)
        {
            foreach (var slice in scan.EnumerateSlices())
            {
                count += slice.Rows > 0 ? 1 : 0;
            }
        }

        return count;
    }
}
