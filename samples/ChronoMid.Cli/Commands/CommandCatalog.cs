using System.CommandLine;

namespace ChronoMid.Cli.Commands;

/// <summary>Every verb of the chronomid tool, in the order the help lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return DemoCommand.Create();
        yield return InspectCommand.Create();
        yield return SynthCommand.Create();
        yield return RegisterCommand.Create();
        yield return PreprocessCommand.Create();
        yield return ReproduceCommand.Create();
        yield return ModelsCommand.Create();
        yield return TrainCommand.Create();
        yield return EvaluateCommand.Create();
        yield return VersionCommand.Create();
    }
}
