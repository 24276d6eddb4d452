using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.InteropServices;

namespace ChronoMid.Imaging.Fft;

/// <summary>
/// A 2-D DFT of one size (rows × columns, row-major, real and imaginary parts in separate arrays). Each pass
/// gathers a block of <see cref="BlockLanes"/> columns (or rows) into a small buffer with the sequences
/// interleaved lane by lane, transforms the block with <see cref="BatchedFft"/> while it sits in cache, and
/// writes it back; nothing is transposed as a whole. Thread-safe: each worker takes its own
/// <see cref="FftScratch"/>, kept for reuse, so a transform allocates no large arrays once warm.
/// </summary>
internal sealed partial class Fft2D
{
    /// <summary>The number of sequences transformed together: two vectors of eight floats.</summary>
    public const int BlockLanes = 16;

    /// <summary>
    /// The distance between consecutive elements of a lane in a block, one float more than the lanes: with a
    /// power-of-two distance (64 bytes), butterfly inputs a power-of-two number of elements apart would all map
    /// to the same few cache sets; the odd distance spreads them (about a third faster here).
    /// </summary>
    public const int BlockStride = BlockLanes + 1;

    private const int SequentialBelowPixels = 1 << 14;
    private readonly FftPlan _columnPlan;
    private readonly FftPlan _rowPlan;
    private readonly int _maxDegreeOfParallelism;
    private readonly ConcurrentBag<FftScratch> _scratch = [];

    public Fft2D(int rows, int columns, int maxDegreeOfParallelism)
    {
        Rows = rows;
        Columns = columns;
        _columnPlan = FftPlan.Create(rows);
        _rowPlan = rows == columns ? _columnPlan : FftPlan.Create(columns);
        _maxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    public int Rows { get; }

    public int Columns { get; }

    public int PixelCount => Rows * Columns;

    /// <summary>Gets the number of columns kept of a real image's spectrum: columns / 2 + 1.</summary>
    public int HalfColumns => (Columns / 2) + 1;

    /// <summary>Gets the element count of a real image's half spectrum: rows · <see cref="HalfColumns"/>.</summary>
    public int HalfCount => Rows * HalfColumns;

    /// <summary>Transforms in place; the inverse is unscaled (no 1 / (rows · columns)).</summary>
    public void Transform(float[] re, float[] im, bool inverse)
    {
        ColumnPass(re, im, Columns, inverse);
        var blocks = (Rows + BlockLanes - 1) / BlockLanes;
        ForEachBlock(blocks, (block, scratch) =>
        {
            var r0 = block * BlockLanes;
            var count = Math.Min(BlockLanes, Rows - r0);
            BlockTranspose.In(re, r0 * Columns, Columns, count, Columns, scratch.DataRe);
            BlockTranspose.In(im, r0 * Columns, Columns, count, Columns, scratch.DataIm);
            TransformBlock(_rowPlan, scratch, inverse);
            BlockTranspose.Out(scratch.DataRe, re, r0 * Columns, Columns, count, Columns);
            BlockTranspose.Out(scratch.DataIm, im, r0 * Columns, Columns, count, Columns);
        });
    }

    /// <summary>Transforms every column of a rows × width block (row stride = width) in place.</summary>
    private void ColumnPass(float[] re, float[] im, int width, bool inverse)
    {
        var blocks = (width + BlockLanes - 1) / BlockLanes;
        ForEachBlock(blocks, (block, scratch) =>
        {
            var c0 = block * BlockLanes;
            var count = Math.Min(BlockLanes, width - c0);
            if (count == BlockLanes)
            {
                CopyLanes(re, c0, width, scratch.DataRe, 0, BlockStride, Rows);
                CopyLanes(im, c0, width, scratch.DataIm, 0, BlockStride, Rows);
            }
            else
            {
                for (var n = 0; n < Rows; n++)
                {
                    var dataRow = scratch.DataRe.AsSpan(n * BlockStride, BlockLanes);
                    re.AsSpan((n * width) + c0, count).CopyTo(dataRow);
                    dataRow[count..].Clear();
                    dataRow = scratch.DataIm.AsSpan(n * BlockStride, BlockLanes);
                    im.AsSpan((n * width) + c0, count).CopyTo(dataRow);
                    dataRow[count..].Clear();
                }
            }

            TransformBlock(_columnPlan, scratch, inverse);
            if (count == BlockLanes)
            {
                CopyLanes(scratch.DataRe, 0, BlockStride, re, c0, width, Rows);
                CopyLanes(scratch.DataIm, 0, BlockStride, im, c0, width, Rows);
            }
            else
            {
                for (var n = 0; n < Rows; n++)
                {
                    scratch.DataRe.AsSpan(n * BlockStride, count).CopyTo(re.AsSpan((n * width) + c0));
                    scratch.DataIm.AsSpan(n * BlockStride, count).CopyTo(im.AsSpan((n * width) + c0));
                }
            }
        });
    }

    /// <summary>Copies <see cref="BlockLanes"/> floats per row for <paramref name="rows"/> rows.</summary>
    private static void CopyLanes(
        float[] source, int sourceStart, int sourceStride, float[] destination, int destinationStart,
        int destinationStride, int rows)
    {
        // Bounds are checked once for the whole run; the loop itself uses unchecked vector moves.
        _ = source.AsSpan(sourceStart + ((rows - 1) * sourceStride), BlockLanes);
        _ = destination.AsSpan(destinationStart + ((rows - 1) * destinationStride), BlockLanes);
        ref var from = ref MemoryMarshal.GetArrayDataReference(source);
        ref var to = ref MemoryMarshal.GetArrayDataReference(destination);
        for (var n = 0; n < rows; n++)
        {
            var s = (nuint)(sourceStart + (n * sourceStride));
            var d = (nuint)(destinationStart + (n * destinationStride));
            for (var i = 0; i < BlockLanes; i += Vector<float>.Count)
            {
                Vector.LoadUnsafe(ref from, s + (nuint)i).StoreUnsafe(ref to, d + (nuint)i);
            }
        }
    }

    private static void TransformBlock(FftPlan plan, FftScratch s, bool inverse) =>
        BatchedFft.Transform(plan, s.DataRe, s.DataIm, s.WorkRe, s.WorkIm, BlockStride, 0, BlockLanes, inverse,
            s.Work2Re, s.Work2Im);

    /// <summary>
    /// Runs body(block, scratch) for every block, on up to the allowed number of workers that each take blocks
    /// in turn; blocks are independent, so the result does not depend on the order or the thread count.
    /// </summary>
    private void ForEachBlock(int blockCount, Action<int, FftScratch> body)
    {
        var workers = Math.Min(_maxDegreeOfParallelism, blockCount);
        if (workers <= 1 || PixelCount < SequentialBelowPixels)
        {
            var scratch = RentScratch();
            for (var block = 0; block < blockCount; block++)
            {
                body(block, scratch);
            }

            _scratch.Add(scratch);
            return;
        }

        var next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var scratch = RentScratch();
            int block;
            while ((block = Interlocked.Increment(ref next)) < blockCount)
            {
                body(block, scratch);
            }

            _scratch.Add(scratch);
        });
    }

    private FftScratch RentScratch() =>
        _scratch.TryTake(out var scratch)
            ? scratch
            : new FftScratch(
                Math.Max(Rows, Columns), Math.Max(_columnPlan.WorkRows, _rowPlan.WorkRows), BlockStride);
}
