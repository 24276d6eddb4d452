namespace ChronoMid.Imaging.Fft;

/// <summary>
/// A precomputed 1-D complex DFT of one length, applied to many sequences at once ("lanes"); see
/// <see cref="BatchedFft"/>. Lengths whose prime factors are all at most 7 use mixed-radix Stockham passes
/// (radix 8, 4, 2, 3 and a direct radix 5 or 7); any other length uses Bluestein's chirp-z algorithm over a
/// 2-3-5-smooth length, so that large prime factors (501 = 3 · 167, 763 = 7 · 109) cost O(n log n).
/// </summary>
internal sealed class FftPlan
{
    private FftPlan(int length, FftPass[] passes, BluesteinPlan? bluestein)
    {
        Length = length;
        Passes = passes;
        Bluestein = bluestein;
    }

    /// <summary>Gets the transform length.</summary>
    public int Length { get; }

    /// <summary>Gets the Stockham passes, empty when <see cref="Bluestein"/> is used.</summary>
    public FftPass[] Passes { get; }

    /// <summary>Gets the chirp-z plan for lengths with a prime factor above 7, else null.</summary>
    public BluesteinPlan? Bluestein { get; }

    /// <summary>Gets the number of rows of workspace (per lane) that a transform needs in each buffer.</summary>
    public int WorkRows => Bluestein?.PaddedLength ?? Length;

    public static FftPlan Create(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var factors = Factor(length);
        if (factors is null)
        {
            // Any 2-3-5-smooth length of at least 2n − 1 avoids wrap-around; the smallest is the cheapest.
            var padded = FastLength((2 * length) - 1);
            return new FftPlan(length, [], new BluesteinPlan(length, Create(padded)));
        }

        var passes = new FftPass[factors.Count];
        int n = length, stride = 1;
        for (var i = 0; i < factors.Count; i++)
        {
            passes[i] = new FftPass(factors[i], n, stride);
            n /= factors[i];
            stride *= factors[i];
        }

        return new FftPlan(length, passes, null);
    }

    /// <summary>Returns the smallest length at least <paramref name="length"/> of the form 2^a · 3^b · 5^c.</summary>
    public static int FastLength(int length)
    {
        for (var candidate = Math.Max(1, length); ; candidate++)
        {
            var rest = candidate;
            foreach (var p in (ReadOnlySpan<int>)[2, 3, 5])
            {
                while (rest % p == 0)
                {
                    rest /= p;
                }
            }

            if (rest == 1)
            {
                return candidate;
            }
        }
    }

    private static List<int>? Factor(int length)
    {
        var factors = new List<int>();
        var rest = length;
        while (rest % 8 == 0)
        {
            factors.Add(8);
            rest /= 8;
        }

        while (rest % 4 == 0)
        {
            factors.Add(4);
            rest /= 4;
        }

        foreach (var p in (ReadOnlySpan<int>)[2, 3, 5, 7])
        {
            while (rest % p == 0)
            {
                factors.Add(p);
                rest /= p;
            }
        }

        return rest == 1 ? factors : null;
    }
}
