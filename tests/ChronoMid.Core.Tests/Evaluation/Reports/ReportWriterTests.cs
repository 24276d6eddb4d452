using System.Text.Json;
using ChronoMid.Evaluation.Reports;

namespace ChronoMid.Tests.Evaluation.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private static readonly ExperimentSummary Summary = ExperimentSummary.From(ReportFixture.Records());

    private readonly string _folder =
        Path.Combine(Path.GetTempPath(), "chronomid-reports-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Table2Csv_Summary_HasOneRowPerModelAndBudgetWithRawNumbers()
    {
        var lines = CsvTables.Table2(Summary).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("model,descriptor,epochs,runs,failed_runs,accuracy_mean,accuracy_sd,seconds_per_epoch," +
            "epochs_timed,parameters_total,parameters_trainable,parameters_non_trainable", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Equal("CNN,image,10,2,1,0.75,0.3535533905932738,2,20,1000,900,100", lines[2]);
        Assert.StartsWith("\"X-CNN, abs. diff.\",image+abs,5,3,0,0.9666666666666667,", lines[3],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Table3Csv_Summary_ListsSummedCountsByActualAndPredicted()
    {
        var lines = CsvTables.Table3(Summary).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("model,epochs,runs,actual,predicted,count", lines[0]);
        Assert.Equal(
            ["CNN,5,3,control,control,115", "CNN,5,3,control,pth,35", "CNN,5,3,pth,control,65", "CNN,5,3,pth,pth,85"],
            lines[1..5]);
        Assert.Equal(1 + (4 * 4), lines.Length);
    }

    [Fact]
    public void Table4Csv_Summary_HasSharesPerClassColumns()
    {
        var lines = CsvTables.Table4(Summary).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("model,epochs,runs,partition,samples_mean,samples_sd,control_percent_mean,control_percent_sd," +
            "pth_percent_mean,pth_percent_sd", lines[0]);
        Assert.Equal("CNN,5,3,test,18.666666666666668,2.3094010767585034,50,25,50,25", lines[3]);
    }

    [Fact]
    public void Markdown_Summary_LaysOutTablesLikeThePaperAndListsFailedRuns()
    {
        var markdown = MarkdownReport.Render(Summary);
        Assert.Contains("| Method | Accuracy / %, 5 epochs | Accuracy / %, 10 epochs | Mean time / s, 5 epochs | " +
            "Mean time / s, 10 epochs | Parameters | Trainable | Non-trainable |", markdown, StringComparison.Ordinal);
        Assert.Contains("| CNN | 66.67 ± 15.28 (3 runs) | 75.00 ± 35.36 (2 runs) | 3.75 | 2.00 | 1000 | 900 | 100 |",
            markdown, StringComparison.Ordinal);
        Assert.Contains("### CNN, 5 epochs (3 runs, 300 test samples)", markdown, StringComparison.Ordinal);
        Assert.Contains("| control | 115 | 35 |", markdown, StringComparison.Ordinal);
        Assert.Contains(
            "| CNN | test | 50.00 ± 25.00 | 50.00 ± 0.00 | 50.00 ± 25.00 | 50.00 ± 0.00 | 19 ± 2 | 20 ± 0 |",
            markdown, StringComparison.Ordinal);
        Assert.Contains("| 0 | 40.00 ± 14.14 (2 runs) | – |", markdown, StringComparison.Ordinal);

        // The error's pipe is escaped and its line break flattened, so the table stays one row.
        Assert.Contains("| CNN | 10 | 2 | 102 | Out of memory \\| while allocating 2 GiB in epoch 3 |", markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Summary_HasExactlyTheDocumentedKeys()
    {
        using var json = JsonDocument.Parse(JsonReport.Render(Summary));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        var cnn = json.RootElement[0];
        Assert.Equal(
            ["name", "runs", "accuracy", "secondsPerEpoch", "parameters", "confusion", "descriptor", "failedRuns",
                "runsByEpochs", "epochsTimed", "confusionByEpochs", "splits", "perWeek", "failed"],
            cnn.EnumerateObject().Select(p => p.Name));
        Assert.Equal("CNN", cnn.GetProperty("name").GetString());
        Assert.Equal(5, cnn.GetProperty("runs").GetInt32());
        Assert.Equal(["5", "10"], cnn.GetProperty("accuracy").EnumerateObject().Select(p => p.Name));
        var five = cnn.GetProperty("accuracy").GetProperty("5");
        Assert.Equal(["mean", "sd", "runs"], five.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2.0 / 3, five.GetProperty("mean").GetDouble(), 12);
        Assert.Equal(2.0, cnn.GetProperty("secondsPerEpoch").GetProperty("10").GetDouble());
        Assert.Equal(["total", "trainable", "nonTrainable"],
            cnn.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.Equal(100, cnn.GetProperty("parameters").GetProperty("nonTrainable").GetInt64());

        // The headline matrix is the largest budget's: 10 epochs, 2 completed runs.
        var confusion = cnn.GetProperty("confusion");
        Assert.Equal(["epochs", "runs", "classes", "counts"], confusion.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, confusion.GetProperty("epochs").GetInt32());
        Assert.Equal("[[75,25],[25,75]]", confusion.GetProperty("counts").GetRawText()
            .Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings(""));
        Assert.Equal(115, cnn.GetProperty("confusionByEpochs").GetProperty("5").GetProperty("counts")[0][0].GetInt64());
        var failed = Assert.Single(cnn.GetProperty("failed").EnumerateArray());
        Assert.Equal(2, failed.GetProperty("run").GetInt32());
    }

    [Fact]
    public void Json_NoCompletedRun_WritesNullForNaN()
    {
        var summary = ExperimentSummary.From([ReportFixture.Failed("CNN", 5, 0, "boom", ReportFixture.Seconds(1))]);
        using var json = JsonDocument.Parse(JsonReport.Render(summary));
        var model = json.RootElement[0];
        Assert.Equal(JsonValueKind.Null, model.GetProperty("accuracy").GetProperty("5").GetProperty("mean").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("secondsPerEpoch").GetProperty("5").ValueKind);
        Assert.Equal(JsonValueKind.Null, model.GetProperty("confusion").ValueKind);
    }

    [Fact]
    public void WriteAll_Folder_WritesFiveFilesAndLeavesNoTemporaryFile()
    {
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(_folder).FullName, "report.md"), "stale");
        var written = ReportWriter.WriteAll(Summary, _folder);

        Assert.Equal(["report.json", "report.md", "table2.csv", "table3.csv", "table4.csv"],
            Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(5, written.Count);
        Assert.Equal(MarkdownReport.Render(Summary), File.ReadAllText(Path.Combine(_folder, "report.md")));
        Assert.Equal(CsvTables.Table3(Summary), File.ReadAllText(Path.Combine(_folder, "table3.csv")));
        var bytes = File.ReadAllBytes(Path.Combine(_folder, "report.json"));
        Assert.Equal((byte)'[', bytes[0]);
    }

    [Fact]
    public void WriteAtomically_MissingFolder_ThrowsAndLeavesNothing()
    {
        var path = Path.Combine(_folder, "missing", "report.md");
        Assert.Throws<DirectoryNotFoundException>(() => ReportWriter.WriteAtomically(path, "text"));
        Assert.False(Directory.Exists(Path.Combine(_folder, "missing")));
    }

    [Fact]
    public void TextTables_Summary_AlignsColumnsAndShowsFailedRuns()
    {
        var text = TextTables.Render(Summary);
        var lines = text.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("Method", StringComparison.Ordinal));
        Assert.True(header > 0);
        Assert.StartsWith("------", lines[header + 1], StringComparison.Ordinal);
        var row = lines[header + 2];
        Assert.StartsWith("CNN ", row, StringComparison.Ordinal);

        // Right-aligned numbers end where their heading ends.
        var heading = lines[header];
        var end = heading.IndexOf("Accuracy / %, 5 epochs", StringComparison.Ordinal) + "Accuracy / %, 5 epochs".Length;
        Assert.Equal("66.67 ± 15.28 (3 runs)", row[(end - "66.67 ± 15.28 (3 runs)".Length)..end]);
        Assert.Contains("Failed runs (excluded from every statistic)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }
}
