using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Frontwatch.Cli.Web;

/// <summary>
/// Checks the API key of a request: only from the X-Api-Key header (a key in a URL ends up in logs and browser
/// history), compared in constant time.
/// </summary>
internal sealed class ApiKeyGate(string? key)
{
    public const string Header = "X-Api-Key";

    // Query parameters that look like someone trying to pass the key in the URL.
    private static readonly string[] KeyParameters = ["key", "apikey", "api_key", "api-key", "x-api-key", "token", "access_token"];

    private readonly byte[]? _key = key is null ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    public bool Configured => _key is not null;

    /// <summary>The query parameter that carries a key, if any.</summary>
    public static string? KeyInQuery(HttpRequest request) =>
        request.Query.Keys.FirstOrDefault(k => KeyParameters.Contains(k, StringComparer.OrdinalIgnoreCase));

    /// <summary>Null when the request may go on; else the status and the problem's detail.</summary>
    public (int Status, string Title, string Detail)? Refusal(HttpRequest request, string what)
    {
        if (_key is null)
            return (StatusCodes.Status403Forbidden, "Writes are disabled",
                $"{what} needs an API key, and none is configured: start the server with --api-key or FRONTWATCH_API_KEY.");
        if (!request.Headers.TryGetValue(Header, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
            return (StatusCodes.Status401Unauthorized, "API key required", $"{what} needs the API key in the {Header} header.");
        // Hashing first makes both sides the same length, so the comparison's time says nothing about the key.
        var given = SHA256.HashData(Encoding.UTF8.GetBytes(values[0]!));
        if (!CryptographicOperations.FixedTimeEquals(given, _key))
            return (StatusCodes.Status403Forbidden, "Wrong API key", $"The key in the {Header} header is not the server's key.");
        return null;
    }
}
