using ChronoMid.Studies;

namespace ChronoMid.Tests.Studies;

public sealed class SubjectLabelsTests
{
    [Fact]
    public void Parse_HeaderCommentsQuotesAndThreeClasses_ReadsEveryLabel()
    {
        var text = "subject,label\n# wild type and two treatments\nm1, control\n\n\"m2\",\"pth\"\nm3,ovx\n";

        var labels = SubjectLabels.Parse(new StringReader(text), "labels.csv");

        Assert.Equal(3, labels.Labels.Count);
        Assert.Equal("pth", labels.Labels["m2"]);
        Assert.Equal(["control", "ovx", "pth"], labels.Classes);
        Assert.True(labels.TryGetLabel("m3", out var label));
        Assert.Equal("ovx", label);
        Assert.False(labels.TryGetLabel("M3", out _));
    }

    [Fact]
    public void Parse_ThreeFields_NamesLineAndWhatWasExpected()
    {
        var error = Assert.Throws<StudyFormatException>(
            () => SubjectLabels.Parse(new StringReader("m1,control\nm2,pth,extra\n"), "tibia/labels.csv"));

        Assert.Equal("tibia/labels.csv, line 2: expected 'subject,label' with both fields non-empty, found " +
            "'m2,pth,extra' (3 fields).", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal("tibia/labels.csv", error.Path);
    }

    [Fact]
    public void Parse_SubjectTwice_NamesBothLines()
    {
        var error = Assert.Throws<StudyFormatException>(
            () => SubjectLabels.Parse(new StringReader("m1,control\nm2,pth\nm1,pth\n"), "labels.csv"));

        Assert.Equal("labels.csv, line 3: subject 'm1' is already labelled on line 1; list each subject once.",
            error.Message);
    }

    [Fact]
    public void Parse_HeaderOnly_IsRefused()
    {
        var error = Assert.Throws<StudyFormatException>(
            () => SubjectLabels.Parse(new StringReader("subject,label\n"), "labels.csv"));

        Assert.Equal("labels.csv: no 'subject,label' lines found; expected one line per subject.", error.Message);
    }

    [Fact]
    public void Parse_EmptyLabel_IsRefused()
    {
        var error = Assert.Throws<StudyFormatException>(
            () => SubjectLabels.Parse(new StringReader("m1,\n"), "labels.csv"));

        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Load_FileWithByteOrderMark_ReadsFirstSubject()
    {
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "m1,control\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            Assert.Equal("control", SubjectLabels.Load(path).Labels["m1"]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
