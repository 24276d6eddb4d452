using System.Buffers;

namespace ChronoMid.Imaging.Fft;

/// <summary>
/// A 2-D complex DFT of one size (rows × columns, row-major, real and imaginary parts in separate arrays):
/// transforms down the columns as one batch, transposes, transforms the former rows as one batch, transposes
/// back. Immutable and safe to share between threads; scratch memory comes from <see cref="ArrayPool{T}"/>.
/// </summary>
internal sealed class Fft2D
{
    private const int LanesPerChunk = 32;
    private const int SequentialBelowPixels = 1 << 14;
    private readonly FftPlan _columnPlan;
    private readonly FftPlan _rowPlan;
    private readonly int _maxDegreeOfParallelism;

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

    /// <summary>Transforms in place; the inverse is unscaled (no 1 / (rows · columns)).</summary>
    public void Transform(float[] re, float[] im, bool inverse)
    {
        var workLength = Math.Max(_columnPlan.WorkRows * Columns, _rowPlan.WorkRows * Rows);
        var pool = ArrayPool<float>.Shared;
        var tRe = pool.Rent(PixelCount);
        var tIm = pool.Rent(PixelCount);
        var wRe = pool.Rent(workLength);
        var wIm = pool.Rent(workLength);
        var w2Re = pool.Rent(workLength);
        var w2Im = pool.Rent(workLength);
        try
        {
            TransformLanes(_columnPlan, re, im, wRe, wIm, w2Re, w2Im, Columns, inverse);
            Transpose(re, tRe, Rows, Columns);
            Transpose(im, tIm, Rows, Columns);
            TransformLanes(_rowPlan, tRe, tIm, wRe, wIm, w2Re, w2Im, Rows, inverse);
            Transpose(tRe, re, Columns, Rows);
            Transpose(tIm, im, Columns, Rows);
        }
        finally
        {
            pool.Return(tRe);
            pool.Return(tIm);
            pool.Return(wRe);
            pool.Return(wIm);
            pool.Return(w2Re);
            pool.Return(w2Im);
        }
    }

    private void TransformLanes(
        FftPlan plan, float[] re, float[] im, float[] wRe, float[] wIm, float[] w2Re, float[] w2Im, int lanes,
        bool inverse)
    {
        var chunks = Math.Max(1, (lanes + LanesPerChunk - 1) / LanesPerChunk);
        void Run(int chunk)
        {
            var start = (int)((long)lanes * chunk / chunks);
            var end = (int)((long)lanes * (chunk + 1) / chunks);
            BatchedFft.Transform(plan, re, im, wRe, wIm, lanes, start, end - start, inverse, w2Re, w2Im);
        }

        if (_maxDegreeOfParallelism == 1 || PixelCount < SequentialBelowPixels)
        {
            for (var chunk = 0; chunk < chunks; chunk++)
            {
                Run(chunk);
            }
        }
        else
        {
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism }, Run);
        }
    }

    private void Transpose(float[] source, float[] destination, int rows, int columns)
    {
        const int Block = 32;
        var rowBlocks = (rows + Block - 1) / Block;
        void Run(int rowBlock)
        {
            var r0 = rowBlock * Block;
            var r1 = Math.Min(rows, r0 + Block);
            for (var c0 = 0; c0 < columns; c0 += Block)
            {
                var c1 = Math.Min(columns, c0 + Block);
                for (var r = r0; r < r1; r++)
                {
                    var from = r * columns;
                    for (var c = c0; c < c1; c++)
                    {
                        destination[(c * rows) + r] = source[from + c];
                    }
                }
            }
        }

        if (_maxDegreeOfParallelism == 1 || PixelCount < SequentialBelowPixels)
        {
            for (var rowBlock = 0; rowBlock < rowBlocks; rowBlock++)
            {
                Run(rowBlock);
            }
        }
        else
        {
            Parallel.For(0, rowBlocks, new ParallelOptions { MaxDegreeOfParallelism = _maxDegreeOfParallelism }, Run);
        }
    }
}
