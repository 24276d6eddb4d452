using System.Text.Json;
using ChronoMid.Imaging;
using ChronoMid.Temporal;

namespace ChronoMid.Tests.Imaging;

/// <summary>
/// Compares with numbers written by TestData/registration/make_fixtures.py from scikit-image 0.19 and scipy.
/// Shifts lie on a 1/10-pixel grid, so they must agree to 1e-6 pixels. The error metric is compared with
/// scikit-image's float64 run to 1e-3: its own float32 and float64 runs already differ by about 1e-5.
/// </summary>
public sealed class SkimageFixtureTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "registration");

    [Theory]
    [InlineData("small", "phase_up10", CrossPowerNormalization.Phase, 10)]
    [InlineData("small", "none_up10", CrossPowerNormalization.None, 10)]
    [InlineData("small", "phase_up1", CrossPowerNormalization.Phase, 1)]
    [InlineData("odd", "phase_up10", CrossPowerNormalization.Phase, 10)]
    [InlineData("odd", "none_up10", CrossPowerNormalization.None, 10)]
    [InlineData("odd", "phase_up1", CrossPowerNormalization.Phase, 1)]
    public void Register_FixturePair_MatchesScikitImage(
        string name, string run, CrossPowerNormalization normalization, int upsample)
    {
        var (reference, comparison) = LoadPair(name);
        var expected = Expected(name).GetProperty(run);
        var registration = new PhaseCorrelation(new PhaseCorrelationOptions
        {
            Normalization = normalization,
            UpsampleFactor = upsample,
        });

        var result = registration.Register(comparison, reference);

        var shift = expected.GetProperty("shift");
        Assert.Equal(shift[0].GetDouble(), result.RowShift, 1e-6);
        Assert.Equal(shift[1].GetDouble(), result.ColumnShift, 1e-6);
        Assert.Equal(expected.GetProperty("error_float64").GetDouble(), result.Error, 1e-3);
        Assert.Equal(expected.GetProperty("phasediff").GetDouble(), result.PhaseDifference, 1e-3);
    }

    [Theory]
    [InlineData("small")]
    [InlineData("odd")]
    public void Translate_FixtureReference_MatchesScipy(string name)
    {
        var (reference, comparison) = LoadPair(name);
        var translated = Expected(name).GetProperty("translated");
        var shift = translated.GetProperty("shift");
        double dy = shift[0].GetDouble(), dx = shift[1].GetDouble();

        var fourier = SliceTranslation.Translate(reference, dy, dx, TranslationMethod.FourierShift);
        var prepared = PhaseCorrelation.TranslateReference(new PhaseCorrelation().Prepare(reference),
            new RegistrationResult(dy, dx, 0, 0), TranslationMethod.FourierShift);
        var bilinear = SliceTranslation.Translate(reference, dy, dx);
        var difference = DifferenceMap.Compute(comparison, bilinear);

        AssertClose(Load(translated.GetProperty("fourier").GetString()!), fourier, 0.05f);
        AssertClose(Load(translated.GetProperty("fourier").GetString()!), prepared, 0.05f);
        AssertClose(Load(translated.GetProperty("bilinear").GetString()!), bilinear, 1e-3f);
        AssertClose(Load(translated.GetProperty("difference").GetString()!), difference, 1e-3f);
    }

    private static void AssertClose(float[] expected, ImageSlice actual, float tolerance)
    {
        Assert.Equal(expected.Length, actual.Pixels.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual.Pixels[i]) <= tolerance,
                $"pixel {i}: expected {expected[i]}, got {actual.Pixels[i]}");
        }
    }

    private static (ImageSlice Reference, ImageSlice Comparison) LoadPair(string name)
    {
        using var sidecar = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, name + ".json")));
        var root = sidecar.RootElement;
        int rows = root.GetProperty("rows").GetInt32(), columns = root.GetProperty("columns").GetInt32();
        return (ImageSlice.TakeOwnership(rows, columns, Load(root.GetProperty("reference").GetString()!)),
            ImageSlice.TakeOwnership(rows, columns, Load(root.GetProperty("comparison").GetString()!)));
    }

    private static float[] Load(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));
        var values = new float[bytes.Length / 4];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BitConverter.ToSingle(bytes, i * 4);
        }

        return values;
    }

    private static JsonElement Expected(string name)
    {
        var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return document.RootElement.GetProperty("cases").GetProperty(name).Clone();
    }
}
