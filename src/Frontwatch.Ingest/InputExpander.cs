using System.Runtime.CompilerServices;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Frontwatch.Ingest;

/// <summary>
/// Turns what the user typed — file or directory paths, globs (<c>dumps/**/*.jsonl</c>) and http(s) URLs — into a
/// stream of reports and errors, choosing each input's reader by extension, media type or first bytes. Nothing is
/// held longer than one input (one row for dumps), and a bad input or item never stops the rest.
/// </summary>
public sealed class InputExpander : IDisposable
{
    private readonly IngestOptions _options;
    private readonly UrlFetcher _fetcher;

    /// <summary>Creates an expander; it owns a <see cref="UrlFetcher"/> for URL inputs and followed links.</summary>
    public InputExpander(IngestOptions? options = null)
    {
        _options = options ?? new IngestOptions();
        _fetcher = new UrlFetcher(_options.Fetch);
    }

    /// <summary>Reads every input in order, yielding a report or an error for each report, item or row found.</summary>
    public async IAsyncEnumerable<ReportRead> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
            await foreach (var read in ReadAsync(input, cancellationToken).ConfigureAwait(false))
                yield return read;
    }

    /// <summary>Reads one input: a URL, a file, a directory (recursively, files of known kinds) or a glob.</summary>
    public async IAsyncEnumerable<ReportRead> ReadAsync(string input, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (IsUrl(input))
        {
            await foreach (var read in ReadUrlAsync(input, cancellationToken).ConfigureAwait(false))
                yield return read;
            yield break;
        }
        var files = ExpandPaths(input, out var error);
        if (error is not null) yield return new ReportRead(null, error);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool follow = _options.FollowFeedLinks && Kind(file) == InputKind.Feed;
            foreach (var read in ReadFile(file))
            {
                yield return follow
                    ? await FeedReader.FollowAsync(read, _fetcher, cancellationToken).ConfigureAwait(false)
                    : read;
            }
        }
    }

    /// <summary>Fetches a URL and reads the body by its media type, extension or first bytes.</summary>
    public async IAsyncEnumerable<ReportRead> ReadUrlAsync(string url, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var fetched = await _fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        if (fetched.Document is not { } document)
        {
            yield return new ReportRead(null, fetched.Error);
            yield break;
        }
        var kind = InputKinds.FromMediaType(document.MediaType) ?? InputKinds.FromExtension(document.Url.AbsolutePath) ?? InputKinds.Sniff(document.Body);
        foreach (var read in Guard(url, ParseFetched(url, kind, document)))
        {
            yield return _options.FollowFeedLinks && kind == InputKind.Feed
                ? await FeedReader.FollowAsync(read, _fetcher, cancellationToken).ConfigureAwait(false)
                : read;
        }
    }

    /// <summary>Reads one file with the reader its extension (or, for an unknown extension, its first bytes) calls for.</summary>
    public IEnumerable<ReportRead> ReadFile(string path)
    {
        return Guard(path, Kind(path) switch
        {
            InputKind.HtmlPage => [HtmlPageReader.Read(path, _options.MaxBytes)],
            InputKind.Feed => FeedReader.Read(path, _options.MaxBytes),
            InputKind.JsonLines => JsonLinesReader.Read(path, _options.Columns, _options.MaxBytes),
            InputKind.Csv => CsvDumpReader.Read(path, _options.Columns),
            _ => [ReportFileReader.Read(path, _options.MaxBytes)],
        });
    }

    /// <summary>
    /// The files an input names, in ordinal order: the file itself; a directory's files of known kinds, recursively,
    /// hidden ones left out; or a glob's matches. No files is an error naming the input.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(string input, out IngestError? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        error = null;
        if (File.Exists(input)) return [input];
        List<string> files;
        if (Directory.Exists(input))
        {
            var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            files = Directory.EnumerateFiles(input, "*", walk)
                .Where(f => InputKinds.FromExtension(f) is not null && !Path.GetFileName(f).StartsWith('.'))
                .ToList();
            if (files.Count == 0) error = new IngestError(input, "directory holds no reports, pages, feeds or dumps");
        }
        else if (input.AsSpan().IndexOfAny("*?[{") >= 0)
        {
            files = Glob(input);
            if (files.Count == 0) error = new IngestError(input, "no files match");
        }
        else
        {
            error = new IngestError(input, "not found");
            return [];
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    // "dumps/**/*.jsonl" is the pattern "**/*.jsonl" under the directory "dumps": the part before the first wildcard.
    private static List<string> Glob(string pattern)
    {
        var parts = pattern.Replace('\\', '/').Split('/');
        int wild = Array.FindIndex(parts, p => p.AsSpan().IndexOfAny("*?[{") >= 0);
        string root = string.Join('/', parts[..wild]);
        if (root.Length == 0) root = pattern.StartsWith('/') ? "/" : ".";
        if (!Directory.Exists(root)) return [];
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', parts[wild..]));
        return matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(root))).Files
            .Select(f => root == "." ? f.Path : Path.Combine(root, f.Path))
            .ToList();
    }

    private IEnumerable<ReportRead> ParseFetched(string url, InputKind kind, FetchedDocument document) => kind switch
    {
        InputKind.HtmlPage => [HtmlPageReader.Parse(url, document.Body, document.Url)],
        InputKind.Feed => FeedReader.Parse(url, document.Body),
        InputKind.JsonLines => JsonLinesReader.Parse(url, new MemoryStream(document.Body, writable: false), _options.Columns, _options.MaxBytes),
        InputKind.Csv => CsvDumpReader.Parse(url, new MemoryStream(document.Body, writable: false), _options.Columns),
        _ => [WithUrl(ReportFileReader.Parse(url, document.Body), document.Url)],
    };

    private static ReportRead WithUrl(ReportRead read, Uri url) =>
        read.Report is { Url: null } report ? read with { Report = report with { Url = url.AbsoluteUri } } : read;

    private static InputKind Kind(string path) => InputKinds.FromExtension(path) ?? InputKinds.SniffFile(path);

    /// <summary>Whether an input is a URL rather than a path.</summary>
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    // A reader that throws has met input nobody foresaw (a library bug, say); the batch goes on without that input.
    private static IEnumerable<ReportRead> Guard(string input, IEnumerable<ReportRead> reads)
    {
        using var items = reads.GetEnumerator();
        for (bool failed = false; !failed;)
        {
            ReportRead read;
            try
            {
                if (!items.MoveNext()) yield break;
                read = items.Current;
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                read = ReportRead.Fail(input, $"could not be read ({e.GetType().Name}: {e.Message})");
                failed = true;
            }
            yield return read;
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _fetcher.Dispose();
}
