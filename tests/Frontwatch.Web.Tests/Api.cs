using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Frontwatch.Web.Tests;

/// <summary>Requests and their JSON, for the tests.</summary>
internal static class Api
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 7807 problem with that status and no stack trace, and returns its detail.</summary>
    public static async Task<string> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        string body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.DoesNotContain(" at Frontwatch", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
    }

    public static HttpRequestMessage Post(string path, string body, string contentType, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        if (key is not null) request.Headers.Add("X-Api-Key", key);
        return request;
    }

    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) => e.GetProperty(name).EnumerateArray();

    /// <summary>The rows of a table (an array of arrays under <paramref name="name"/>, named by "columns"), each as an object.</summary>
    public static IEnumerable<JsonElement> Rows(this JsonElement table, string name)
    {
        var columns = table.Items("columns").Select(c => c.GetString()!).ToList();
        foreach (var row in table.Items(name))
        {
            Assert.Equal(columns.Count, row.GetArrayLength());
            var o = new JsonObject();
            foreach (var (column, cell) in columns.Zip(row.EnumerateArray())) o[column] = JsonNode.Parse(cell.GetRawText());
            yield return JsonSerializer.SerializeToElement(o);
        }
    }

    public static string? Str(this JsonElement e, string name) => e.GetProperty(name).GetString();
}
