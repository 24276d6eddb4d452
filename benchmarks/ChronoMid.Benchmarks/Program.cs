using BenchmarkDotNet.Running;
using ChronoMid.Benchmarks.Comparisons;

namespace ChronoMid.Benchmarks;

/// <summary>
/// Runs a side-by-side comparison by name (ChronoMid against an outside baseline, in one process run), or
/// hands the arguments to BenchmarkDotNet's switcher.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var comparisons = typeof(Program).Assembly.GetTypes()
            .Where(type => typeof(IComparison).IsAssignableFrom(type) && type is { IsAbstract: false, IsClass: true })
            .Select(type => (IComparison)Activator.CreateInstance(type)!)
            .ToDictionary(comparison => comparison.Name, StringComparer.OrdinalIgnoreCase);

        if (args.Length > 0 && comparisons.TryGetValue(args[0], out var chosen))
        {
            return chosen.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "--list-comparisons")
        {
            foreach (var comparison in comparisons.Values.OrderBy(c => c.Name, StringComparer.Ordinal))
            {
                Console.WriteLine($"{comparison.Name}: {comparison.Description}");
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
