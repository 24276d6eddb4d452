using System.Collections.ObjectModel;

namespace ChronoMid.Synthetic;

/// <summary>One phantom mouse: its identifier, group, anatomy and the weekly scans it has.</summary>
public sealed class PhantomSubject
{
    private readonly List<PhantomScan> _scans = [];

    internal PhantomSubject(int index, PhantomGroup group, SubjectAnatomy anatomy, ulong uidSeed)
    {
        Index = index;
        Id = $"M{index + 1:D2}";
        Group = group;
        Anatomy = anatomy;
        UidSeed = uidSeed;
        Scans = new ReadOnlyCollection<PhantomScan>(_scans);
    }

    /// <summary>Gets the subject's zero-based index in the study (controls first, then PTH subjects).</summary>
    public int Index { get; }

    /// <summary>Gets the identifier, <c>M01</c>, <c>M02</c>, …; it does not reveal the group.</summary>
    public string Id { get; }

    /// <summary>Gets the subject's group.</summary>
    public PhantomGroup Group { get; }

    /// <summary>Gets the label written to <c>labels.csv</c>: <c>control</c> or <c>pth</c>.</summary>
    public string Label => Group == PhantomGroup.Pth ? "pth" : "control";

    /// <summary>Gets the subject's anatomy.</summary>
    public SubjectAnatomy Anatomy { get; }

    /// <summary>Gets a number unique to this subject from which a writer can derive study and patient UIDs.</summary>
    public ulong UidSeed { get; }

    /// <summary>Gets the subject's scans in week order (missing weeks absent).</summary>
    public IReadOnlyList<PhantomScan> Scans { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Label}, {Scans.Count} scans)";

    internal void AddScan(PhantomScan scan) => _scans.Add(scan);
}
