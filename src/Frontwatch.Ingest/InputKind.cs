namespace Frontwatch.Ingest;

/// <summary>The kinds of input ingest reads, each with its own reader.</summary>
public enum InputKind
{
    /// <summary>A plain-text report (header, <c>---</c>, body) or bare text: <see cref="ReportFileReader"/>.</summary>
    Report,

    /// <summary>A saved or fetched HTML article page: <see cref="HtmlPageReader"/>.</summary>
    HtmlPage,

    /// <summary>An RSS 2.0 or Atom feed: <see cref="FeedReader"/>.</summary>
    Feed,

    /// <summary>A JSON Lines news dump: <see cref="JsonLinesReader"/>.</summary>
    JsonLines,

    /// <summary>A CSV news dump: <see cref="CsvDumpReader"/>.</summary>
    Csv,
}
