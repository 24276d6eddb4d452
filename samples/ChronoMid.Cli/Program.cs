using System.CommandLine;
using ChronoMid.Cli.Commands;

namespace ChronoMid.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("chronomid: cross-modal CNNs for longitudinal medical images (ChronoMID).");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }

        return root.Parse(args).Invoke();
    }
}
