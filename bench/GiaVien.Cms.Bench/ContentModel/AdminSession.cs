using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Bench.Infrastructure;

namespace GiaVien.Cms.Bench.ContentModel;

/// <summary>
/// The district administrator signed in over HTTP, posting the admin's forms as a browser does (antiforgery token from
/// the form, cookies kept): the one path to rebuilding an index and creating a tenant that every build has.
/// </summary>
internal sealed partial class AdminSession : IDisposable
{
    /// <summary>The antiforgery form field of every build (<c>AntiforgeryOptions.FormFieldName</c>).</summary>
    private const string TokenField = "__af";

    private readonly HttpClient _client;

    private AdminSession(Uri baseAddress)
    {
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public static async Task<AdminSession> SignInAsync(ServerProcess server)
    {
        var session = new AdminSession(server.Client.BaseAddress!);
        await session.PostFormAsync("/admin/login", new() { ["UserName"] = "admin", ["Password"] = BenchApps.AdminPassword, ["ReturnUrl"] = "/admin" });
        return session;
    }

    public async Task<string> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? body : throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}\n{Excerpt(body)}");
    }

    /// <summary>Reads the form's antiforgery token from <paramref name="path"/>, then posts <paramref name="fields"/> to it.</summary>
    public async Task PostFormAsync(string path, Dictionary<string, string> fields)
    {
        var form = await GetAsync(path);
        var token = AntiforgeryField().Match(form);
        fields[TokenField] = token.Success ? token.Groups["value"].Value : throw new InvalidOperationException($"No antiforgery token on {path}");
        using var response = await _client.PostAsync(path, new FormUrlEncodedContent(fields));
        if ((int)response.StatusCode >= 400)
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode}\n{Excerpt(await response.Content.ReadAsStringAsync())}");
        }
    }

    /// <summary>
    /// Creates a commune from "Tạo trang thành viên" (URL prefix = <paramref name="name"/>, recipe <c>giavien-commune</c>)
    /// and waits until its home page answers, as an operator who creates one and opens it.
    /// </summary>
    public async Task CreateCommuneAsync(string name, string displayName)
    {
        await PostFormAsync("/admin/tenants/create", new()
        {
            ["Name"] = name,
            ["DisplayName"] = displayName,
            ["UrlPrefix"] = name,
            ["HostNames"] = "",
            ["Recipe"] = "giavien-commune",
            ["AdminUserName"] = "quantri",
            ["AdminEmail"] = "",
            ["AdminPassword"] = BenchApps.AdminPassword,
        });
        await WaitForOkAsync($"/{name}/", TimeSpan.FromMinutes(2));
    }

    /// <summary>Polls <paramref name="path"/> (anonymous or not) until it answers 200.</summary>
    public async Task WaitForOkAsync(string path, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using (var response = await _client.GetAsync(path))
            {
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} did not answer 200 within {timeout.TotalSeconds:0} s");
            }

            await Task.Delay(100);
        }
    }

    public void Dispose() => _client.Dispose();

    private static string Excerpt(string body) => body[..Math.Min(body.Length, 2000)];

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
