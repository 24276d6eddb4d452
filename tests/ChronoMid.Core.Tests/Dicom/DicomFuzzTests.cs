using System.Buffers.Binary;
using System.Diagnostics;
using ChronoMid.Dicom;
using Xunit.Abstractions;

namespace ChronoMid.Tests.Dicom;

/// <summary>Mutated corpus files must either read or fail with <see cref="DicomFormatException"/>, nothing
/// else.</summary>
public sealed class DicomFuzzTests(ITestOutputHelper output)
{
    private const int MutationsPerFile = 120;

    [Fact]
    public void Read_MutatedCorpus_SucceedsOrThrowsDicomFormatException()
    {
        var random = new Random(20200101);
        var files = DicomCorpus.Entries.Select(e => e.GetProperty("file").GetString()!)
            .Select(f => File.ReadAllBytes(DicomCorpus.PathOf(f)))
            .Select(bytes => (Bytes: bytes, Headers: HeaderOffsets(bytes))).ToList();
        var budget = Stopwatch.StartNew();
        var tried = 0;
        var failures = new List<string>();
        var outcomes = new Dictionary<string, int>();
        for (var round = 0; round < MutationsPerFile && budget.Elapsed < TimeSpan.FromSeconds(10); round++)
        {
            foreach (var (original, headers) in files)
            {
                var (bytes, what) = Mutate(original, headers, random);
                tried++;
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    ReadEverything(bytes);
                    outcomes["read"] = outcomes.GetValueOrDefault("read") + 1;
                }
                catch (DicomFormatException e)
                {
                    // The one documented failure.
                    outcomes[e.KindName] = outcomes.GetValueOrDefault(e.KindName) + 1;
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    failures.Add($"{what}: {e.GetType().Name}: {e.Message}");
                }

                // Deflate may legitimately inflate about 1000-fold; nothing may allocate far beyond that.
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                if (allocated > 2000L * bytes.Length + (8 << 20))
                {
                    failures.Add($"{what}: allocated {allocated} bytes for a {bytes.Length}-byte input");
                }
            }
        }

        output.WriteLine($"{tried} mutations in {budget.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(tried >= 1000, $"only {tried} mutations ran in the time budget");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static void ReadEverything(byte[] bytes)
    {
        var header = DicomReader.ReadHeader(new MemoryStream(bytes));
        _ = (header.Rows, header.Columns, header.RescaleSlope, header.PixelSpacing, header.StudyDate);
        var file = DicomReader.Read(new MemoryStream(bytes));
        if (file.PixelData is not null)
        {
            var stats = file.ComputePixelStatistics();
            _ = file.GetModalityValues();
            Assert.Equal(stats.ValueCount, file.GetPixelCount());
        }
    }

    /// <summary>Where element and item headers start, so that length mutations hit real length fields.</summary>
    private static List<long> HeaderOffsets(byte[] bytes)
    {
        var offsets = new List<long>();
        try
        {
            var file = DicomReader.Read(new MemoryStream(bytes));
            Collect(file.FileMeta, offsets);
            Collect(file.Dataset, offsets);
        }
        catch (DicomFormatException)
        {
            // Broken corpus files: random positions only.
        }

        return offsets.Where(o => o < bytes.Length - 12).ToList();
    }

    private static void Collect(DicomDataset dataset, List<long> offsets)
    {
        foreach (var element in dataset.Elements)
        {
            offsets.Add(element.Offset);
            offsets.AddRange(element.Fragments?.Select(f => f.Offset) ?? []);
            foreach (var item in element.Items)
            {
                Collect(item, offsets);
            }
        }
    }

    private static (byte[] Bytes, string What) Mutate(byte[] original, List<long> headers, Random random)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                var flips = random.Next(1, 8);
                for (var i = 0; i < flips; i++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return (bytes, $"{flips} bit flips");
            case 1:
                var cut = random.Next(bytes.Length);
                return (bytes[..cut], $"truncated at {cut}");
            default:
                // Rewrite a 16- or 32-bit field that follows a plausible tag: random, huge or boundary values.
                var at = headers.Count > 0 && random.Next(4) > 0
                    ? (int)headers[random.Next(headers.Count)] + (2 * random.Next(2, 5))
                    : random.Next(Math.Max(1, bytes.Length - 12));
                uint[] special = [0xFFFFFFFF, 0xFFFFFFF0, 0x80000000, 0x7FFFFFFF, 0, 1, 0xFFFF, (uint)random.Next()];
                var value = special[random.Next(special.Length)];
                if (random.Next(2) == 0)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
                }
                else
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)value);
                }

                return (bytes, $"length 0x{value:X8} at {at}");
        }
    }
}
