using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ChronoMid.Dicom;

/// <summary>A summary of an image's stored and modality values, with a hash that identifies the stored values
/// independently of how the file encodes them.</summary>
/// <param name="ValueCount">The number of values (Rows × Columns × Frames).</param>
/// <param name="Sha256Int32Le">SHA-256 over the stored values written as little-endian int32, lower-case
/// hexadecimal.</param>
/// <param name="StoredMin">The smallest stored value.</param>
/// <param name="StoredMax">The largest stored value.</param>
/// <param name="StoredMean">The mean stored value: the exact integer sum divided by the count, in double.</param>
/// <param name="ModalityMin">The smallest modality value (stored × slope + intercept).</param>
/// <param name="ModalityMax">The largest modality value.</param>
/// <param name="ModalityMean">The mean modality value.</param>
public sealed record DicomPixelStatistics(
    int ValueCount,
    string Sha256Int32Le,
    int StoredMin,
    int StoredMax,
    double StoredMean,
    double ModalityMin,
    double ModalityMax,
    double ModalityMean)
{
    /// <summary>Computes the statistics of stored values.</summary>
    /// <param name="stored">The stored values, frame by frame, row by row.</param>
    /// <param name="slope">The rescale slope (1 when the file has none).</param>
    /// <param name="intercept">The rescale intercept (0 when the file has none).</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentException"><paramref name="stored"/> is empty.</exception>
    public static DicomPixelStatistics Compute(ReadOnlySpan<int> stored, double slope = 1.0, double intercept = 0.0)
    {
        if (stored.IsEmpty)
        {
            throw new ArgumentException("Expected at least one stored value, found none.", nameof(stored));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        long sum = 0;
        double modalitySum = 0;
        var min = int.MaxValue;
        var max = int.MinValue;
        try
        {
            var filled = 0;
            foreach (var v in stored)
            {
                BinaryPrimitives.WriteInt32LittleEndian(chunk.AsSpan(filled), v);
                filled += 4;
                if (filled == chunk.Length)
                {
                    hash.AppendData(chunk, 0, filled);
                    filled = 0;
                }

                sum += v;
                modalitySum += (v * slope) + intercept;
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }

            hash.AppendData(chunk, 0, filled);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        var a = (min * slope) + intercept;
        var b = (max * slope) + intercept;
        return new DicomPixelStatistics(stored.Length, Convert.ToHexStringLower(hash.GetHashAndReset()), min, max,
            (double)sum / stored.Length, Math.Min(a, b), Math.Max(a, b), modalitySum / stored.Length);
    }
}
