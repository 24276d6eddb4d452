using System.CommandLine;
using System.Reflection;
using ChronoMid.Torch;

namespace ChronoMid.Cli.Commands;

/// <summary><c>chronomid info</c>: versions and the torch runtime this tool runs on.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("info", "Print ChronoMid's version and what torch sees on this machine.");
        command.SetAction(_ =>
        {
            var version = typeof(TorchRuntime).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            Console.WriteLine($"ChronoMid.Core {version}");
            Console.WriteLine($"torch threads: {TorchRuntime.ThreadCount}");
            Console.WriteLine($"CUDA available: {TorchRuntime.IsCudaAvailable}");
            return 0;
        });
        return command;
    }
}
