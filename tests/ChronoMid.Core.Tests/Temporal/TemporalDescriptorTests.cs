using ChronoMid.Temporal;

namespace ChronoMid.Tests.Temporal;

public sealed class TemporalDescriptorTests
{
    [Fact]
    public void AbsoluteDifference_WithTimestamps_HasImageThenDifferenceAndTimestamps()
    {
        var descriptor = TemporalDescriptor.AbsoluteDifference().WithTimestamps();

        Assert.Equal([TemporalInput.Image, TemporalInput.AbsoluteDifference], descriptor.ImageInputs);
        Assert.True(descriptor.HasTimestamps);
        Assert.True(descriptor.HasImage);
        Assert.True(descriptor.HasDifference);
        Assert.Equal("image+abs+ts", descriptor.ToString());
    }

    [Fact]
    public void With_SameInputTwice_KeepsOneAndReturnsSameInstance()
    {
        var descriptor = TemporalDescriptor.RelativeDifference();

        Assert.Same(descriptor, descriptor.WithRelativeDifference());
        Assert.Equal("image+rel+abs", descriptor.WithAbsoluteDifference().ToString());
    }

    [Theory]
    [InlineData("image")]
    [InlineData("image+ts")]
    [InlineData("image+abs")]
    [InlineData("image+rel+ts")]
    [InlineData("image+abs+rel+ts")]
    [InlineData("abs")]
    public void Parse_ToString_RoundTrips(string text)
    {
        var descriptor = TemporalDescriptor.Parse(text);

        Assert.Equal(text, descriptor.ToString());
        Assert.Equal(descriptor, TemporalDescriptor.Parse(text.ToUpperInvariant()));
    }

    [Fact]
    public void Parse_UnknownToken_SaysWhatIsExpected()
    {
        var error = Assert.Throws<FormatException>(() => TemporalDescriptor.Parse("image+diff"));

        Assert.Equal("Temporal descriptor 'image+diff': 'diff' is unknown or repeated; expected inputs joined by '+' "
            + "from image, abs, rel and ts, for example 'image+abs+ts'.", error.Message);
    }

    [Fact]
    public void Parse_TimestampsOnly_IsRefused()
    {
        var error = Assert.Throws<FormatException>(() => TemporalDescriptor.Parse("ts"));

        Assert.Equal("Temporal descriptor 'ts' has no image input; expected at least one of image, abs or rel.",
            error.Message);
    }

    [Fact]
    public void DifferenceOnly_Image_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => TemporalDescriptor.DifferenceOnly(TemporalInput.Image));

        Assert.Equal("difference", error.ParamName);
    }

    [Fact]
    public void Equals_DifferentOrder_IsNotEqual()
    {
        var absThenRel = TemporalDescriptor.Image().WithAbsoluteDifference().WithRelativeDifference();
        var relThenAbs = TemporalDescriptor.Image().WithRelativeDifference().WithAbsoluteDifference();

        Assert.NotEqual(absThenRel, relThenAbs);
        Assert.Equal(absThenRel, TemporalDescriptor.Parse("image+abs+rel"));
        Assert.Equal(absThenRel.GetHashCode(), TemporalDescriptor.Parse("image+abs+rel").GetHashCode());
    }
}
