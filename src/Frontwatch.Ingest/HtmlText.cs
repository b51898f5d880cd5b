using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Frontwatch.Ingest;

/// <summary>Turns parsed HTML into plain text: one paragraph per block element, whitespace collapsed, scripts and styles dropped.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "header", "footer", "aside", "main", "blockquote", "pre", "li", "ul", "ol",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "figure", "figcaption", "dl", "dt", "dd", "hr", "address",
    };

    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "svg", "head",
    };

    /// <summary>Parses an HTML fragment (a feed item's content, say) and returns its text.</summary>
    public static string FromFragment(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + html);
        return document.Body is null ? "" : FromNode(document.Body);
    }

    /// <summary>The text under <paramref name="node"/>, paragraphs separated by a blank line.</summary>
    public static string FromNode(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return Tidy(text);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                AppendCollapsed(t.Data, text);
                continue;
            }
            if (child is not IElement e || Invisible.Contains(e.LocalName)) continue;
            if (e.LocalName == "br") { text.Append('\n'); continue; }
            bool block = Blocks.Contains(e.LocalName);
            if (block) text.Append("\n\n");
            Append(e, text);
            if (block) text.Append("\n\n");
        }
    }

    private static void AppendCollapsed(string data, StringBuilder text)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n')) text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
        }
    }

    // Trims each line and keeps at most one blank line between paragraphs.
    private static string Tidy(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        int blank = 0;
        foreach (var line in raw.ToString().Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) { blank++; continue; }
            if (result.Length > 0) result.Append(blank > 0 ? "\n\n" : "\n");
            result.Append(trimmed);
            blank = 0;
        }
        return result.ToString();
    }
}
