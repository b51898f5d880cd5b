using System.Security.Cryptography;
using System.Text;

namespace Frontwatch.Store;

/// <summary>The identity of a report's text: SHA-256 of its body with whitespace collapsed and trimmed.</summary>
public static class ContentHash
{
    /// <summary>Lower-case hex SHA-256 of the normalised body.</summary>
    public static string Of(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(body))));

    /// <summary>The body with every run of whitespace made one space, and none at either end.</summary>
    public static string Normalise(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sb = new StringBuilder(body.Length);
        bool space = false;
        foreach (char c in body.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
