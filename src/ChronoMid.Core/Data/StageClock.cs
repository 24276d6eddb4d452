using System.Diagnostics;

namespace ChronoMid.Data;

/// <summary>Adds up, from several threads, the time spent in each preprocessing stage.</summary>
internal sealed class StageClock
{
    private long _reading;
    private long _expanding;
    private long _registering;
    private long _writing;
    private int _samples;

    public TimeSpan Reading => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _reading));

    public TimeSpan Expanding => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _expanding));

    public TimeSpan Registering => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _registering));

    public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Volatile.Read(ref _writing));

    public int SamplesWritten => Volatile.Read(ref _samples);

    public T Time<T>(Stage stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Interlocked.Add(ref Counter(stage), Stopwatch.GetTimestamp() - start);
        }
    }

    public void CountSample() => Interlocked.Increment(ref _samples);

    private ref long Counter(Stage stage)
    {
        switch (stage)
        {
            case Stage.Reading:
                return ref _reading;
            case Stage.Expanding:
                return ref _expanding;
            case Stage.Registering:
                return ref _registering;
            default:
                return ref _writing;
        }
    }

    public enum Stage
    {
        Reading,
        Expanding,
        Registering,
        Writing,
    }
}
