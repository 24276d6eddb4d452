using System.Diagnostics;
using System.Globalization;
using ChronoMid.Data;
using ChronoMid.Evaluation;
using ChronoMid.Models;
using ChronoMid.Training;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Benchmarks.Comparisons;

/// <summary>
/// Training throughput from the memory-mapped cache through <see cref="BatchSource"/> (background prefetch) beside
/// the same batches held in memory, alternated epoch by epoch; then the resident memory of five epochs of
/// <see cref="Trainer"/>.
/// </summary>
internal sealed class TrainingThroughputComparison : IComparison
{
    private const int Rows = 128;
    private const int Columns = 192;
    private const int Units = 8;
    private const int SamplesPerUnit = 16;
    private const int BatchSize = 32;
    private const int DefaultRounds = 3;

    public string Name => "training-throughput";

    public string Description =>
        "xcnn-abs training images/s from the streamed cache vs the same batches in memory; RSS over five epochs";

    public int Run(string[] args)
    {
        var threads = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2;
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : DefaultRounds;
        set_num_threads(threads);
        var folder = Directory.CreateTempSubdirectory("chronomid-training-throughput-").FullName;
        try
        {
            using var cache = WriteCache(Path.Combine(folder, "cache"));
            var partition = new Partition("training", cache.Manifest.Units);
            var source = BatchSource.Create(cache, partition,
                options: new BatchSourceOptions { BatchSize = BatchSize, Seed = 1 });
            using var network = ModelCatalog.Builder("xcnn-abs").Input(Rows, Columns).Seed(1).Build();
            using var optimizer = optim.Adam(network.Module.parameters(), 1e-3, 0.9, 0.999, 1e-7);
            var tensors = BatchTensors.For(network.Architecture.Descriptor, cache.Layout);
            Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, torch threads {threads}; xcnn-abs at " +
                $"{Rows} × {Columns}, {source.SampleCount} samples per epoch, batch {BatchSize}.");
            Epoch(network, optimizer, tensors, Stream(source, 0));
            var streamed = new List<double>();
            var inMemory = new List<double>();
            for (var round = 1; round <= rounds; round++)
            {
                // Alternate which goes first, so that neither always meets the machine in the same state.
                var held = Hold(source, round);
                if (round % 2 == 1)
                {
                    inMemory.Add(Epoch(network, optimizer, tensors, held));
                    streamed.Add(Epoch(network, optimizer, tensors, Stream(source, round)));
                }
                else
                {
                    streamed.Add(Epoch(network, optimizer, tensors, Stream(source, round)));
                    inMemory.Add(Epoch(network, optimizer, tensors, held));
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round}: in memory {inMemory[^1],7:F1} images/s, streamed {streamed[^1],7:F1} images/s"));
            }

            var ratio = streamed.Average() / inMemory.Average();
            var perRound = streamed.Zip(inMemory, (a, b) => a / b).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"median of per-round ratios streamed / in memory: {perRound[perRound.Length / 2]:F3}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"mean: in memory {inMemory.Average():F1} images/s, streamed {streamed.Average():F1} images/s, " +
                $"streamed / in memory = {ratio:F3} ({(ratio - 1) * 100:+0.0;-0.0} %)"));
            MeasureMemory(cache, partition);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void MeasureMemory(SampleCache cache, Partition partition)
    {
        using var network = ModelCatalog.Builder("xcnn-abs").Input(Rows, Columns).Seed(2).Build();
        var split = new DataSplit(partition, new Partition("validation", []), new Partition("test", []),
            new PartitionOptions());
        var resident = new List<long>();
        var trainer = Trainer.For(network).OnDevice(ComputeDevice.Cpu).Epochs(5).BatchSize(BatchSize).Seed(3)
            .OnEpochCompleted(_ =>
            {
                using var process = Process.GetCurrentProcess();
                resident.Add(process.WorkingSet64);
            })
            .Build();
        trainer.TrainAsync(split, cache).GetAwaiter().GetResult();
        Console.WriteLine("resident memory after each of 5 Trainer epochs (MiB): " + string.Join(", ",
            resident.Select(bytes => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture))));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"growth from epoch 1 to epoch 5: {(resident[^1] - resident[0]) / 1048576.0:F1} MiB"));
    }

    private static IEnumerable<SampleBatch> Stream(BatchSource source, int epoch)
    {
        using var stream = source.Read(epoch);
        foreach (var batch in stream)
        {
            using (batch)
            {
                yield return batch;
            }
        }
    }

    /// <summary>Reads a whole epoch into memory first (the batches keep their own buffers until disposed).</summary>
    private static IEnumerable<SampleBatch> Hold(BatchSource source, int epoch)
    {
        List<SampleBatch> held;
        using (var stream = source.Read(epoch))
        {
            held = [.. stream];
        }

        try
        {
            foreach (var batch in held)
            {
                yield return batch;
            }
        }
        finally
        {
            held.ForEach(batch => batch.Dispose());
        }
    }

    /// <summary>Trains one epoch, timing only the loop over batches; returns images per second.</summary>
    private static double Epoch(ChronoMidNetwork network, OptimizerHelper optimizer, BatchTensors tensors,
        IEnumerable<SampleBatch> batches)
    {
        network.Train();
        using var enumerator = batches.GetEnumerator();
        // The in-memory epoch is read before its first batch is handed out, outside the timed loop.
        if (!enumerator.MoveNext())
        {
            return double.NaN;
        }

        var images = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            var batch = enumerator.Current;
            using var scope = NewDisposeScope();
            var (input, targets) = tensors.Create(batch, network.Device);
            var loss = nn.functional.cross_entropy(network.Forward(input), targets).add(network.KernelL2Penalty());
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            images += batch.Count;
        }
        while (enumerator.MoveNext());

        return images / clock.Elapsed.TotalSeconds;
    }

    private static SampleCache WriteCache(string folder)
    {
        var layout = new CacheLayout(["image", "abs"], Rows, Columns);
        var writer = SampleCacheWriter.Start(folder, "throughput", layout, new Dictionary<string, string>());
        var random = new Random(5);
        var values = new float[layout.ValuesPerSample];
        for (var u = 0; u < Units; u++)
        {
            using var unit = writer.BeginUnit($"s{u / 4}", u % 4, u < Units / 2 ? "control" : "pth");
            for (var i = 0; i < SamplesPerUnit; i++)
            {
                for (var v = 0; v < values.Length; v++)
                {
                    values[v] = (float)random.NextDouble();
                }

                unit.Append(new CachedSample(i, $"u{u}/{i}", new Dictionary<string, string>()), values);
            }

            unit.Commit();
        }

        writer.Complete();
        return SampleCache.Open(folder);
    }
}
