using ChronoMid.Studies;
using ChronoMid.Temporal;

namespace ChronoMid.Data;

/// <summary>
/// For one subject: each timepoint's reference timepoint per difference map, and how many samples each timepoint
/// yields when slices pair k-th with k-th from the proximal end and stop when either timepoint runs out.
/// </summary>
internal sealed class SubjectPlan
{
    private readonly Dictionary<int, StudyScan> _scans;
    private readonly Dictionary<(TemporalInput Input, int Week), int?> _references = [];
    private readonly Dictionary<int, int> _counts = [];

    public SubjectPlan(IReadOnlyList<StudyScan> scans, TemporalDescriptor descriptor)
    {
        _scans = scans.ToDictionary(scan => scan.Week);
        var differences = descriptor.ImageInputs.Where(input => input != TemporalInput.Image).ToArray();
        foreach (var input in differences)
        {
            foreach (var choice in ReferenceWeeks.Choose(_scans.Keys, input))
            {
                _references[(input, choice.Week)] = choice.Reference;
            }
        }

        foreach (var scan in scans)
        {
            var count = scan.Slices.Count;
            foreach (var input in differences)
            {
                if (_references[(input, scan.Week)] is { } reference)
                {
                    count = SlicePairing.Pair(count, _scans[reference].Slices.Count).Count;
                }
            }

            _counts[scan.Week] = count;
        }

        MaxCount = _counts.Count == 0 ? 0 : _counts.Values.Max();
    }

    public int MaxCount { get; }

    public int Count(int week) => _counts[week];

    public StudyScan Scan(int week) => _scans[week];

    public int? Reference(TemporalInput input, int week) => _references[(input, week)];

    /// <summary>Tells whether slice k of a week is read: as a sample being written, or as a reference of one.</summary>
    public bool IsNeeded(int week, int k, IEnumerable<int> writing) =>
        (k < Count(week) && writing.Contains(week)) || IsReference(week, k, writing);

    /// <summary>Tells whether slice k of a week serves as the reference of a sample being written.</summary>
    public bool IsReference(int week, int k, IEnumerable<int> writing) =>
        writing.Any(other => k < Count(other) &&
            _references.Any(pair => pair.Key.Week == other && pair.Value == week));
}
