using System.Numerics;
using System.Runtime.InteropServices;

namespace ChronoMid.Imaging;

/// <summary>
/// One 2-D slice of modality values (for example Hounsfield units), row-major float32, immutable to callers.
/// </summary>
/// <remarks>
/// A slice never changes after construction: <see cref="Copy"/> copies the caller's pixels and
/// <see cref="TakeOwnership"/> adopts the caller's array without copying (the caller promises not to write to it
/// again). <see cref="Min"/> and <see cref="Max"/> are computed once, when the slice is made. Values must be
/// finite: registration and differencing have no meaning for NaN or infinity.
/// </remarks>
public sealed class ImageSlice
{
    private readonly float[] _pixels;

    private ImageSlice(int rows, int columns, float[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (pixels.Length != (long)rows * columns)
        {
            throw new ArgumentException(
                $"Expected {rows} × {columns} = {(long)rows * columns} pixels; got {pixels.Length}.", nameof(pixels));
        }

        Rows = rows;
        Columns = columns;
        _pixels = pixels;
        (Min, Max) = MinMax(pixels);
    }

    /// <summary>Gets the number of rows (height), in pixels.</summary>
    public int Rows { get; }

    /// <summary>Gets the number of columns (width), in pixels.</summary>
    public int Columns { get; }

    /// <summary>Gets the size, rows × columns, in pixels.</summary>
    public SliceSize Size => new(Rows, Columns);

    /// <summary>Gets the smallest pixel value, in modality units.</summary>
    public float Min { get; }

    /// <summary>Gets the largest pixel value, in modality units.</summary>
    public float Max { get; }

    /// <summary>Gets the pixels, row-major: pixel (row, column) is at <c>row * Columns + column</c>.</summary>
    public ReadOnlySpan<float> Pixels => _pixels;

    /// <summary>Gets the pixel array itself, for internal readers that need an array; never written to.</summary>
    internal float[] PixelArray => _pixels;

    /// <summary>Gets the pixels as read-only memory, row-major, for storing or asynchronous use.</summary>
    public ReadOnlyMemory<float> PixelMemory => _pixels;

    /// <summary>Gets the value at one pixel.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <param name="column">The column, from 0.</param>
    /// <returns>The modality value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row or column lies outside the slice.</exception>
    public float this[int row, int column] =>
        (uint)row < (uint)Rows && (uint)column < (uint)Columns
            ? _pixels[(row * Columns) + column]
            : throw new ArgumentOutOfRangeException(
                (uint)row < (uint)Rows ? nameof(column) : nameof(row),
                $"Pixel ({row}, {column}) lies outside the {Rows} × {Columns} slice.");

    /// <summary>Creates a slice from a copy of the given pixels.</summary>
    /// <param name="rows">The number of rows (height), in pixels; at least 1.</param>
    /// <param name="columns">The number of columns (width), in pixels; at least 1.</param>
    /// <param name="pixels">The row-major values; exactly rows × columns of them, all finite.</param>
    /// <returns>A slice that owns its own copy of the values.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is less than 1.</exception>
    /// <exception cref="ArgumentException">The pixel count does not match, or a value is NaN or infinite.</exception>
    public static ImageSlice Copy(int rows, int columns, ReadOnlySpan<float> pixels) =>
        new(rows, columns, pixels.ToArray());

    /// <summary>Creates a slice that adopts the given array without copying it.</summary>
    /// <param name="rows">The number of rows (height), in pixels; at least 1.</param>
    /// <param name="columns">The number of columns (width), in pixels; at least 1.</param>
    /// <param name="pixels">
    /// The row-major values; exactly rows × columns of them, all finite. The caller must not write to the array
    /// afterwards: the slice and its <see cref="Min"/> and <see cref="Max"/> would silently disagree.
    /// </param>
    /// <returns>A slice over <paramref name="pixels"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pixels"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is less than 1.</exception>
    /// <exception cref="ArgumentException">The pixel count does not match, or a value is NaN or infinite.</exception>
    public static ImageSlice TakeOwnership(int rows, int columns, float[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        return new ImageSlice(rows, columns, pixels);
    }

    /// <summary>Creates a slice of one value everywhere.</summary>
    /// <param name="size">The size, in pixels.</param>
    /// <param name="value">The value of every pixel; finite.</param>
    /// <returns>The uniform slice.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static ImageSlice Uniform(SliceSize size, float value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Rows, 1, nameof(size));
        ArgumentOutOfRangeException.ThrowIfLessThan(size.Columns, 1, nameof(size));
        var pixels = new float[size.PixelCount];
        Array.Fill(pixels, value);
        return new ImageSlice(size.Rows, size.Columns, pixels);
    }

    /// <summary>Gets one row of pixels.</summary>
    /// <param name="row">The row, from 0.</param>
    /// <returns>The row's <see cref="Columns"/> values.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> lies outside the slice.</exception>
    public ReadOnlySpan<float> Row(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows);
        return _pixels.AsSpan(row * Columns, Columns);
    }

    /// <summary>Returns a new array holding a copy of the pixels, row-major.</summary>
    /// <returns>The copy.</returns>
    public float[] ToArray() => (float[])_pixels.Clone();

    /// <summary>Returns the size and value range, for example <c>501 × 763 slice, values -1000 to 2400</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Size} slice, values {Min} to {Max}";

    private static (float Min, float Max) MinMax(float[] pixels)
    {
        var span = pixels.AsSpan();
        var min = float.PositiveInfinity;
        var max = float.NegativeInfinity;
        var i = 0;
        if (Vector.IsHardwareAccelerated && span.Length >= Vector<float>.Count)
        {
            var vectors = MemoryMarshal.Cast<float, Vector<float>>(span);
            var vmin = new Vector<float>(float.PositiveInfinity);
            var vmax = new Vector<float>(float.NegativeInfinity);
            var bad = Vector<int>.Zero;
            foreach (var v in vectors)
            {
                vmin = Vector.Min(vmin, v);
                vmax = Vector.Max(vmax, v);
                // A value minus itself is zero exactly when it is finite.
                bad |= ~Vector.Equals(v - v, Vector<float>.Zero);
            }

            if (bad != Vector<int>.Zero)
            {
                ThrowNonFinite(span);
            }

            for (var lane = 0; lane < Vector<float>.Count; lane++)
            {
                min = Math.Min(min, vmin[lane]);
                max = Math.Max(max, vmax[lane]);
            }

            i = vectors.Length * Vector<float>.Count;
        }

        for (; i < span.Length; i++)
        {
            if (!float.IsFinite(span[i]))
            {
                ThrowNonFinite(span);
            }

            min = Math.Min(min, span[i]);
            max = Math.Max(max, span[i]);
        }

        return (min, max);
    }

    private static void ThrowNonFinite(ReadOnlySpan<float> pixels)
    {
        var index = 0;
        while (float.IsFinite(pixels[index]))
        {
            index++;
        }

        throw new ArgumentException(
            $"Pixel values must be finite; pixel {index} (row-major) is {pixels[index]}.", nameof(pixels));
    }
}
