using System.Reflection;
using ChronoMid.Torch;

namespace ChronoMid.Tests.PublicApi;

/// <summary>
/// Keeps ChronoMid.Core's public surface deliberate: any change to it must be approved by updating
/// <c>ChronoMid.Core.approved.txt</c> (copy the <c>.received.txt</c> file this test writes over it).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedText()
    {
        var actual = PublicApiText.For(typeof(TorchRuntime).Assembly);
        var folder = SourceFolder();
        var approvedPath = Path.Combine(folder, "ChronoMid.Core.approved.txt");
        var receivedPath = Path.Combine(folder, "ChronoMid.Core.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";

        if (approved != actual)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved == actual,
            $"The public API changed. Review {receivedPath} and, if the change is intended, copy it over " +
            $"{approvedPath}.");
    }

    private static string SourceFolder() => Path.Combine(
        typeof(PublicApiTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "ProjectDirectory").Value!, "PublicApi");
}
