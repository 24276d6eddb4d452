using ChronoMid.Models;

namespace ChronoMid.Evaluation.Reports;

/// <summary>
/// The JSON shape of one stored <see cref="RunRecord"/>: plain lists and numbers only, so that a file written by
/// one version reads back without the record's computed members (status, accuracy) getting in the way.
/// </summary>
internal sealed class RunRecordDocument
{
    /// <summary>The version of this layout; a file with another version is rejected rather than misread.</summary>
    public const int CurrentFormat = 1;

    public int Format { get; set; } = CurrentFormat;

    public string Model { get; set; } = "";

    public string Descriptor { get; set; } = "";

    public int RunIndex { get; set; }

    public ulong PartitionSeed { get; set; }

    public int EpochBudget { get; set; }

    public string? Error { get; set; }

    public List<string>? Classes { get; set; }

    public List<long>? Counts { get; set; }

    public List<GroupAccuracy> PerWeek { get; set; } = [];

    public List<EpochRecord> History { get; set; } = [];

    public long TrainableParameters { get; set; }

    public long NonTrainableParameters { get; set; }

    public List<PartitionDocument> Split { get; set; } = [];

    public Dictionary<string, string> Settings { get; set; } = [];

    public static RunRecordDocument From(RunRecord record, IReadOnlyDictionary<string, string> settings) => new()
    {
        Model = record.Model,
        Descriptor = record.Descriptor,
        RunIndex = record.RunIndex,
        PartitionSeed = record.PartitionSeed,
        EpochBudget = record.EpochBudget,
        Error = record.Error,
        Classes = record.Confusion?.Classes.ToList(),
        Counts = record.Confusion is { } matrix ? CountsOf(matrix) : null,
        PerWeek = [.. record.PerWeek],
        History = [.. record.History],
        TrainableParameters = record.Parameters.Trainable,
        NonTrainableParameters = record.Parameters.NonTrainable,
        Split = record.Split.Select(p => new PartitionDocument
        {
            Name = p.Name,
            SampleCount = p.SampleCount,
            SamplesPerLabel = new Dictionary<string, int>(p.SamplesPerLabel, StringComparer.Ordinal),
        }).ToList(),
        Settings = new Dictionary<string, string>(settings, StringComparer.Ordinal),
    };

    public RunRecord ToRecord() => new()
    {
        Model = Model,
        Descriptor = Descriptor,
        RunIndex = RunIndex,
        PartitionSeed = PartitionSeed,
        EpochBudget = EpochBudget,
        Error = Error,
        Confusion = Classes is not null && Counts is not null ? new ConfusionMatrix(Classes, Counts) : null,
        PerWeek = PerWeek.ToArray(),
        History = History.ToArray(),
        Parameters = new ParameterCount(TrainableParameters, NonTrainableParameters),
        Split = Split.Select(p => new PartitionComposition(p.Name, p.SampleCount,
            new Dictionary<string, int>(p.SamplesPerLabel, StringComparer.Ordinal))).ToArray(),
    };

    private static List<long> CountsOf(ConfusionMatrix matrix)
    {
        var counts = new List<long>(matrix.Classes.Count * matrix.Classes.Count);
        for (var actual = 0; actual < matrix.Classes.Count; actual++)
        {
            for (var predicted = 0; predicted < matrix.Classes.Count; predicted++)
            {
                counts.Add(matrix[actual, predicted]);
            }
        }

        return counts;
    }

    /// <summary>The JSON shape of one <see cref="PartitionComposition"/>.</summary>
    internal sealed class PartitionDocument
    {
        public string Name { get; set; } = "";

        public int SampleCount { get; set; }

        public Dictionary<string, int> SamplesPerLabel { get; set; } = [];
    }
}
