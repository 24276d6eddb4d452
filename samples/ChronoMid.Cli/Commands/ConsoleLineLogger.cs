using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ChronoMid.Cli.Commands;

/// <summary>
/// Prints the experiment's own messages (one line per finished, failed or reloaded run) and any warning, above the
/// live progress bar; the trainer's per-epoch information is left to the bar.
/// </summary>
internal sealed class ConsoleLineLogger : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
        Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        var experiment = eventId.Id is >= 3000 and < 4000;
        if (!IsEnabled(logLevel) || (!experiment && logLevel < LogLevel.Warning))
        {
            return;
        }

        var text = Markup.Escape(formatter(state, exception));
        AnsiConsole.MarkupLine(logLevel >= LogLevel.Warning ? $"[yellow]{text}[/]" : text);
    }
}
