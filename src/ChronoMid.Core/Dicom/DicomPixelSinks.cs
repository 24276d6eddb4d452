namespace ChronoMid.Dicom;

/// <summary>Receives decoded stored values; implemented by ref structs so that each destination type gets its
/// own specialised, inlined decoding loop.</summary>
internal interface IDicomPixelSink
{
    void Put(int index, int stored);
}

/// <summary>Writes stored values as they are.</summary>
internal ref struct StoredValueSink(Span<int> destination) : IDicomPixelSink
{
    private readonly Span<int> _destination = destination;

    public readonly void Put(int index, int stored) => _destination[index] = stored;
}

/// <summary>Writes modality values (stored × slope + intercept, computed in double) as floats.</summary>
internal ref struct SingleModalitySink(Span<float> destination, double slope, double intercept) : IDicomPixelSink
{
    private readonly Span<float> _destination = destination;

    public readonly void Put(int index, int stored) => _destination[index] = (float)(stored * slope + intercept);
}

/// <summary>Writes modality values (stored × slope + intercept) as doubles.</summary>
internal ref struct DoubleModalitySink(Span<double> destination, double slope, double intercept) : IDicomPixelSink
{
    private readonly Span<double> _destination = destination;

    public readonly void Put(int index, int stored) => _destination[index] = stored * slope + intercept;
}
