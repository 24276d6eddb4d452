using ChronoMid.Dicom;

namespace ChronoMid.Tests.Dicom;

public sealed class DicomUidTests
{
    [Fact]
    public void FromSeed_SameSeed_SameValidUid()
    {
        var uid = DicomUid.FromSeed("series 7");
        Assert.Equal(uid, DicomUid.FromSeed("series 7"));
        Assert.NotEqual(uid, DicomUid.FromSeed("series 8"));
        Assert.StartsWith("2.25.", uid, StringComparison.Ordinal);
        Assert.True(DicomUid.IsValid(uid));
        Assert.True(uid.Length <= 44);
    }

    [Fact]
    public void FromRoot_LongRoot_CutsToSixtyFourCharacters()
    {
        var root = "1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.19.20.21.22.23";
        var uid = DicomUid.FromRoot(root, "x");
        Assert.Equal(64, uid.Length);
        Assert.True(DicomUid.IsValid(uid));
    }

    [Theory]
    [InlineData("1.2.840.10008.1.2", true)]
    [InlineData("1.02.3", false)]
    [InlineData("1..2", false)]
    [InlineData("1.2.", false)]
    [InlineData("1.2a", false)]
    [InlineData("", false)]
    public void IsValid_Text_ChecksUidRules(string uid, bool valid) => Assert.Equal(valid, DicomUid.IsValid(uid));

    [Fact]
    public void FromRoot_InvalidRoot_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => DicomUid.FromRoot("1.02", "x"));
        Assert.Equal("root", error.ParamName);
    }
}
