namespace ChronoMid.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine("chronomid: " + string.Join(' ', args));
        return 0;
    }
}
