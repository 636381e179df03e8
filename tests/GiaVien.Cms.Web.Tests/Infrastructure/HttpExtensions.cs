using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

public static partial class HttpExtensions
{
    public static HttpClient Browser(this CmsHost host, string? hostName = null)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (hostName is not null)
        {
            client.DefaultRequestHeaders.Host = hostName;
        }

        return client;
    }

    public static async Task<(HttpStatusCode Status, string Html)> GetPageAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in through the real form (antiforgery token included) and returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string basePath, string userName, string password)
    {
        var form = await client.GetStringAsync($"{basePath}/admin/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        return await client.PostAsync($"{basePath}/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__af"] = token,
        }));
    }

    /// <summary>Posts a form the way a browser does: the antiforgery token is taken from <paramref name="pageUrl"/> first.</summary>
    /// <remarks>A name may come several times in <paramref name="fields"/>, as ticked checkboxes of one name do.</remarks>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string? action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        var form = fields.Where(f => f.Key != "__af").Append(new("__af", AntiforgeryField().Match(page).Groups[1].Value));
        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(form));
    }

    /// <summary>The distinct news links of a page's lists (an item may appear in several blocks of the home page).</summary>
    /// <summary>The page without its CSP nonces, which every response has its own of (cached pages too).</summary>
    /// <summary>The antiforgery token of the (first) form in a page.</summary>
    public static string AntiforgeryToken(string html) => AntiforgeryField().Match(html).Groups[1].Value;

    public static string WithoutNonces(string html) => Nonce().Replace(html, "");

    public static IReadOnlyList<string> ArticleLinks(string html) =>
        ArticleLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(" nonce=\"[^\"]*\"")]
    private static partial Regex Nonce();

    [GeneratedRegex("class=\"news-title\"><a href=\"([^\"]+)\">")]
    private static partial Regex ArticleLink();
}
