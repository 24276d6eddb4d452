namespace ChronoMid.Dicom;

/// <summary>Writes modality values (stored × slope + intercept) as doubles.</summary>
internal ref struct DoubleModalitySink(Span<double> destination, double slope, double intercept) : IDicomPixelSink
{
    private readonly Span<double> _destination = destination;

    public readonly void Put(int index, int stored) => _destination[index] = stored * slope + intercept;
}
