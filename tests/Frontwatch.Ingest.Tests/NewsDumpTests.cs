using System.Text;

namespace Frontwatch.Ingest.Tests;

public sealed class NewsDumpTests
{
    [Fact]
    public void JSON_Lines_give_one_report_per_line_with_default_field_names()
    {
        var reads = JsonLinesReader.Read(Fixture.Path("dump.jsonl")).ToList();
        var first = reads[0].Report!;
        Assert.Equal("Russia says it took village near Kupiansk", first.Title);
        Assert.Equal("Sample Wire", first.Outlet);
        Assert.Equal(new DateOnly(2025, 2, 10), first.Published);
        Assert.Equal("https://wire.example.org/1", first.Url);
        Assert.EndsWith("dump.jsonl:1", first.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_JSON_line_is_an_error_naming_file_and_line_and_the_rest_goes_on()
    {
        var reads = JsonLinesReader.Read(Fixture.Path("dump.jsonl")).ToList();
        Assert.Equal(7, reads.Count);
        Assert.EndsWith("dump.jsonl:3", reads[2].Error!.Input, StringComparison.Ordinal);
        Assert.Contains("invalid JSON", reads[2].Error!.Message, StringComparison.Ordinal);
        Assert.EndsWith("dump.jsonl:6", reads[4].Error!.Input, StringComparison.Ordinal);
        Assert.Contains("no text", reads[5].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("Drones over Kyiv", reads[6].Report!.Title);
    }

    [Fact]
    public void Unix_seconds_are_a_date_and_an_unreadable_date_is_a_warning()
    {
        var reads = JsonLinesReader.Read(Fixture.Path("dump.jsonl")).ToList();
        Assert.Equal(new DateOnly(2025, 2, 12), reads[6].Report!.Published);
        Assert.Null(reads[3].Report!.Published);
        Assert.Contains("around noon", Assert.Single(reads[3].Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF8_spoils_only_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"text\": \"Fighting near Pokrovsk \"}\n{\"text\": \"bad ").Concat(new byte[] { 0xff, 0xfe }).Concat(Encoding.UTF8.GetBytes("\"}\n{\"text\": \"Fighting near Siversk\"}\n")).ToArray();
        var reads = JsonLinesReader.Parse("bytes.jsonl", new MemoryStream(bytes)).ToList();
        Assert.Equal(3, reads.Count);
        Assert.Equal("bytes.jsonl:2", reads[1].Error!.Input);
        Assert.Equal("Fighting near Siversk", reads[2].Report!.Body);
    }

    [Fact]
    public void An_overlong_line_is_refused_without_holding_it()
    {
        var text = "{\"text\": \"" + new string('x', 5000) + "\"}\n{\"text\": \"short\"}\n";
        var reads = JsonLinesReader.Parse("long.jsonl", new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes: 1000).ToList();
        Assert.Contains("too large", reads[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("short", reads[1].Report!.Body);
    }

    [Fact]
    public void A_nested_field_can_be_mapped_with_a_dotted_name()
    {
        Assert.True(DumpColumns.TryParse("outlet=meta.agency,text=story", out var columns, out _));
        var reads = JsonLinesReader.Parse("n.jsonl", new MemoryStream("{\"story\": \"Shelling hit Nikopol.\", \"meta\": {\"agency\": \"Sample Wire\"}}"u8.ToArray()), columns).ToList();
        Assert.Equal("Sample Wire", reads[0].Report!.Outlet);
        Assert.Equal("Shelling hit Nikopol.", reads[0].Report!.Body);
    }

    [Fact]
    public void CSV_rows_become_reports_and_quoted_fields_keep_their_line_breaks()
    {
        var reads = CsvDumpReader.Read(Fixture.Path("dump.csv")).ToList();
        var first = reads[0].Report!;
        Assert.Equal("Monitor shows Russian advance", first.Title);
        Assert.Equal("Sample Monitor", first.Outlet);
        Assert.Equal(new DateOnly(2025, 2, 11), first.Published);
        Assert.Contains("Toretsk.\n\nIts map", first.Body, StringComparison.Ordinal);
        Assert.EndsWith("dump.csv:2", first.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_CSV_row_is_an_error_naming_file_and_line_and_the_rest_goes_on()
    {
        var reads = CsvDumpReader.Read(Fixture.Path("dump.csv")).ToList();
        Assert.Equal(4, reads.Count);
        Assert.EndsWith("dump.csv:5", reads[1].Error!.Input, StringComparison.Ordinal);
        Assert.Contains("quote", reads[1].Error!.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 2, 12), reads[2].Report!.Published);
        Assert.EndsWith("dump.csv:7", reads[3].Error!.Input, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_mapping_reads_other_column_names_and_another_separator()
    {
        Assert.True(DumpColumns.TryParse("title=headline, text=story_body, published=day, url=link, outlet=agency", out var columns, out _));
        var report = Assert.Single(CsvDumpReader.Read(Fixture.Path("custom.csv"), columns)).Report!;
        Assert.Equal("Russian forces press toward Pokrovsk", report.Title);
        Assert.Equal("Sample Wire", report.Outlet);
        Assert.Equal(new DateOnly(2025, 1, 20), report.Published);
        Assert.Equal("https://wire.example.org/5", report.Url);
        Assert.StartsWith("Russian forces kept attacking", report.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_naming_an_unknown_field_is_refused()
    {
        Assert.False(DumpColumns.TryParse("headline=title", out _, out var error));
        Assert.Contains("unknown field 'headline'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_dump_is_one_error()
    {
        Assert.Equal("empty.csv", Assert.Single(CsvDumpReader.Parse("empty.csv", new MemoryStream())).Error!.Input);
        Assert.Equal("empty.jsonl", Assert.Single(JsonLinesReader.Parse("empty.jsonl", new MemoryStream())).Error!.Input);
    }
}
