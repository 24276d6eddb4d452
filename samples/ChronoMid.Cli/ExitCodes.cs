namespace ChronoMid.Cli;

/// <summary>The exit codes every chronomid verb uses.</summary>
internal static class ExitCodes
{
    /// <summary>The verb did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something went wrong that is not the input's fault.</summary>
    public const int Failure = 1;

    /// <summary>The input (a file, an argument) is bad; the message says what and where.</summary>
    public const int BadInput = 2;

    /// <summary>The user cancelled (Ctrl+C); finished work is kept.</summary>
    public const int Cancelled = 130;
}
