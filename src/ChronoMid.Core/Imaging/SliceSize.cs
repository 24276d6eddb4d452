namespace ChronoMid.Imaging;

/// <summary>The size of a slice or canvas in pixels: rows (height) by columns (width).</summary>
/// <param name="Rows">The number of rows (height), in pixels.</param>
/// <param name="Columns">The number of columns (width), in pixels.</param>
public readonly record struct SliceSize(int Rows, int Columns)
{
    /// <summary>Gets the number of pixels, rows × columns.</summary>
    public int PixelCount => Rows * Columns;

    /// <summary>Returns the largest height and the largest width among the sizes (each taken separately).</summary>
    /// <param name="sizes">The slice sizes seen in a set, for example a whole study.</param>
    /// <returns>The canvas that holds every slice without resampling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sizes"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="sizes"/> is empty or holds a size that is not positive.
    /// </exception>
    public static SliceSize Largest(IEnumerable<SliceSize> sizes)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        int rows = 0, columns = 0, count = 0;
        foreach (var size in sizes)
        {
            if (size.Rows < 1 || size.Columns < 1)
            {
                throw new ArgumentException(
                    $"Slice sizes must be positive; size {count} is {size}.", nameof(sizes));
            }

            rows = Math.Max(rows, size.Rows);
            columns = Math.Max(columns, size.Columns);
            count++;
        }

        return count == 0
            ? throw new ArgumentException("Expected at least one slice size; the sequence is empty.", nameof(sizes))
            : new SliceSize(rows, columns);
    }

    /// <summary>Returns the size as <c>rows × columns</c>, for example <c>501 × 763</c>.</summary>
    /// <returns>The size in pixels, height first.</returns>
    public override string ToString() => $"{Rows} × {Columns}";
}
