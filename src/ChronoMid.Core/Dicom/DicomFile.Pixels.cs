namespace ChronoMid.Dicom;

/// <summary>Pixel access: stored values and modality values, into new arrays or caller-provided spans.</summary>
/// <remarks>Values are frame by frame, row by row, column by column. MONOCHROME1 is never inverted here:
/// inversion is a display step. Pixel access needs a full read; after a header-only read it throws
/// <see cref="InvalidOperationException"/>.</remarks>
public sealed partial class DicomFile
{
    /// <summary>Gets the number of values one frame-complete decode produces: Rows × Columns × Frames.</summary>
    /// <returns>The sample count.</returns>
    /// <exception cref="DicomFormatException">The image description is missing, inconsistent or not
    /// grayscale.</exception>
    public int GetPixelCount() => DicomPixelLayout.From(this).SampleCount;

    /// <summary>Decodes the stored values: each sample masked to Bits Stored and sign-extended when signed.</summary>
    /// <returns>A new array of <see cref="GetPixelCount"/> values.</returns>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded; see
    /// <see cref="DicomFormatException.Kind"/> (for example <c>pixel_data_size_mismatch</c> or
    /// <c>unsupported_transfer_syntax</c>).</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public int[] GetStoredValues()
    {
        var layout = DicomPixelLayout.From(this);
        DicomPixelDecoder.CheckDecodable(this, layout);
        var values = GC.AllocateUninitializedArray<int>(layout.SampleCount);
        var sink = new StoredValueSink(values);
        DicomPixelDecoder.Decode(this, layout, ref sink);
        return values;
    }

    /// <summary>Decodes the stored values into a caller-provided span.</summary>
    /// <param name="destination">At least <see cref="GetPixelCount"/> values long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded.</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public void CopyStoredValuesTo(Span<int> destination)
    {
        var layout = DicomPixelLayout.From(this);
        CheckDestination(destination.Length, layout, nameof(destination));
        var sink = new StoredValueSink(destination);
        DicomPixelDecoder.Decode(this, layout, ref sink);
    }

    /// <summary>Decodes the modality values, stored × Rescale Slope + Rescale Intercept (1 and 0 when absent),
    /// computed in double and rounded to float.</summary>
    /// <returns>A new array of <see cref="GetPixelCount"/> values, in modality units (for CT, Hounsfield
    /// units).</returns>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded.</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public float[] GetModalityValues()
    {
        var layout = DicomPixelLayout.From(this);
        DicomPixelDecoder.CheckDecodable(this, layout);
        var values = GC.AllocateUninitializedArray<float>(layout.SampleCount);
        var sink = new SingleModalitySink(values, layout.Slope, layout.Intercept);
        DicomPixelDecoder.Decode(this, layout, ref sink);
        return values;
    }

    /// <summary>Decodes the modality values into a caller-provided float span.</summary>
    /// <param name="destination">At least <see cref="GetPixelCount"/> values long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded.</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public void CopyModalityValuesTo(Span<float> destination)
    {
        var layout = DicomPixelLayout.From(this);
        CheckDestination(destination.Length, layout, nameof(destination));
        var sink = new SingleModalitySink(destination, layout.Slope, layout.Intercept);
        DicomPixelDecoder.Decode(this, layout, ref sink);
    }

    /// <summary>Decodes the modality values in double precision.</summary>
    /// <returns>A new array of <see cref="GetPixelCount"/> values, in modality units.</returns>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded.</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public double[] GetModalityValuesAsDouble()
    {
        var layout = DicomPixelLayout.From(this);
        DicomPixelDecoder.CheckDecodable(this, layout);
        var values = GC.AllocateUninitializedArray<double>(layout.SampleCount);
        var sink = new DoubleModalitySink(values, layout.Slope, layout.Intercept);
        DicomPixelDecoder.Decode(this, layout, ref sink);
        return values;
    }

    /// <summary>Decodes the modality values in double precision into a caller-provided span.</summary>
    /// <param name="destination">At least <see cref="GetPixelCount"/> values long.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too short.</exception>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded.</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public void CopyModalityValuesTo(Span<double> destination)
    {
        var layout = DicomPixelLayout.From(this);
        CheckDestination(destination.Length, layout, nameof(destination));
        var sink = new DoubleModalitySink(destination, layout.Slope, layout.Intercept);
        DicomPixelDecoder.Decode(this, layout, ref sink);
    }

    /// <summary>Decodes the stored values and summarises them: count, SHA-256 over the values as little-endian
    /// int32, and stored and modality minimum, maximum and mean.</summary>
    /// <returns>The statistics.</returns>
    /// <exception cref="DicomFormatException">The pixels cannot be decoded.</exception>
    /// <exception cref="InvalidOperationException">This came from a header-only read.</exception>
    public DicomPixelStatistics ComputePixelStatistics()
    {
        var layout = DicomPixelLayout.From(this);
        return DicomPixelStatistics.Compute(GetStoredValues(), layout.Slope, layout.Intercept);
    }

    private static void CheckDestination(int length, in DicomPixelLayout layout, string paramName)
    {
        if (length < layout.SampleCount)
        {
            throw new ArgumentException(
                $"The destination holds {length} values; the image needs {layout.SampleCount} " +
                $"({layout.Rows} x {layout.Columns} pixels x {layout.Frames} frames).", paramName);
        }
    }
}
