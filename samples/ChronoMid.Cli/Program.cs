using System.CommandLine;
using ChronoMid.Cli.Commands;

namespace ChronoMid.Cli;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("chronomid: cross-modal CNNs for longitudinal medical images (ChronoMID).");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        // Ctrl+C cancels the running verb's token; verbs keep finished work and return ExitCodes.Cancelled.
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
