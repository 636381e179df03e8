using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>An editor signed in on one tenant, using the media library's pages and JSON API over real HTTP.</summary>
public sealed partial class MediaClient(HttpClient client, string basePath)
{
    public HttpClient Http { get; } = client;

    public string BasePath { get; } = basePath;

    public static async Task<MediaClient> SignInAsync(CmsHost host, string basePath, string userName = CmsHost.AdminUserName, string password = CmsHost.AdminPassword)
    {
        var client = host.Browser();
        using var response = await client.SignInAsync(basePath, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new MediaClient(client, basePath);
    }

    public async Task<string> TokenAsync()
    {
        var html = await Http.GetStringAsync($"{BasePath}/admin/media");
        return Token().Match(html).Groups[1].Value;
    }

    public async Task<(HttpStatusCode Status, JsonElement Json)> UploadAsync(string fileName, byte[] content, string folder = "")
    {
        using var form = new ByteArrayContent(Multipart(await TokenAsync(), folder, fileName, content));
        form.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=" + Boundary);
        using var response = await Http.PostAsync($"{BasePath}/admin/media/api/upload", form);
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return (response.StatusCode, JsonDocument.Parse(body).RootElement.Clone());
        }
        catch (JsonException)
        {
            throw new InvalidOperationException($"Not JSON ({response.StatusCode}): {body[..Math.Min(body.Length, 2000)]}");
        }
    }

    /// <summary>Uploads a file that must be accepted and returns its library path.</summary>
    public async Task<string> UploadOkAsync(string fileName, byte[] content, string folder = "")
    {
        var (status, json) = await UploadAsync(fileName, content, folder);
        Assert.True(status == HttpStatusCode.OK, $"{status}: {json}");
        var result = json.GetProperty("results")[0];
        Assert.True(result.GetProperty("ok").GetBoolean(), result.ToString());
        return result.GetProperty("file").GetProperty("path").GetString()!;
    }

    public async Task<JsonElement> ListAsync(string folder = "", string? q = null, int page = 1)
    {
        var json = await Http.GetStringAsync($"{BasePath}/admin/media/api/list?folder={Uri.EscapeDataString(folder)}&q={Uri.EscapeDataString(q ?? "")}&page={page}");
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    /// <summary>Posts a form of the library's pages (token included) and returns the response.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, Dictionary<string, string> fields)
    {
        fields["__af"] = await TokenAsync();
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    private const string Boundary = "----giavien-test-boundary";

    // Written byte by byte, as a hostile client could: HttpClient's own multipart writer refuses names with NUL.
    private static byte[] Multipart(string token, string folder, string fileName, byte[] content)
    {
        var text = System.Text.Encoding.UTF8;
        using var body = new MemoryStream();
        void Write(string value) => body.Write(text.GetBytes(value));
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"__af\"\r\n\r\n{token}\r\n");
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"folder\"\r\n\r\n{folder}\r\n");
        Write($"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{fileName}\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.Write(content);
        Write($"\r\n--{Boundary}--\r\n");
        return body.ToArray();
    }

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
