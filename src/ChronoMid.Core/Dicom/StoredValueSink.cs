namespace ChronoMid.Dicom;

/// <summary>Writes stored values as they are.</summary>
internal ref struct StoredValueSink(Span<int> destination) : IDicomPixelSink
{
    private readonly Span<int> _destination = destination;

    public readonly void Put(int index, int stored) => _destination[index] = stored;
}
