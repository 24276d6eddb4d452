namespace ChronoMid.Dicom;

/// <summary>Writes modality values (stored × slope + intercept, computed in double) as floats.</summary>
internal ref struct SingleModalitySink(Span<float> destination, double slope, double intercept) : IDicomPixelSink
{
    private readonly Span<float> _destination = destination;

    public readonly void Put(int index, int stored) => _destination[index] = (float)(stored * slope + intercept);
}
