using Frontwatch.Core;

namespace Frontwatch.Cli.Web;

/// <summary>Finds the paragraph of a report body that holds a span, so a page can show the evidence inside its context.</summary>
internal static class Paragraphs
{
    /// <summary>
    /// The paragraph around <paramref name="span"/>: paragraphs are separated by blank lines, or by line breaks in a
    /// body that has no blank line. Leading and trailing whitespace is left out.
    /// </summary>
    public static TextSpan Around(string body, TextSpan span)
    {
        int from = Math.Min(span.Start, body.Length), to = Math.Min(span.End, body.Length);
        bool blankLines = body.Contains("\n\n", StringComparison.Ordinal) || body.Contains("\n\r\n", StringComparison.Ordinal);
        int start = from, end = to;
        while (start > 0 && !BreakBefore(body, start, blankLines)) start--;
        while (end < body.Length && !BreakAt(body, end, blankLines)) end++;
        while (start < end && char.IsWhiteSpace(body[start])) start++;
        while (end > start && char.IsWhiteSpace(body[end - 1])) end--;
        return new TextSpan(Math.Min(start, from), Math.Max(end, to));
    }

    // A paragraph starts at `i` when the line before it is blank (or, without blank lines, when a line ends just before).
    private static bool BreakBefore(string body, int i, bool blankLines)
    {
        if (body[i - 1] != '\n') return false;
        if (!blankLines) return true;
        int j = i - 2;
        while (j >= 0 && body[j] is ' ' or '\t' or '\r') j--;
        return j < 0 || body[j] == '\n';
    }

    private static bool BreakAt(string body, int i, bool blankLines)
    {
        if (body[i] != '\n') return false;
        if (!blankLines) return true;
        int j = i + 1;
        while (j < body.Length && body[j] is ' ' or '\t' or '\r') j++;
        return j >= body.Length || body[j] == '\n';
    }
}
