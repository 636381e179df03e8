using System.Net;
using System.Text.RegularExpressions;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>A signed-in user driving the content editor through its real forms (antiforgery tokens included).</summary>
public sealed partial class EditorClient(HttpClient client, string basePath)
{
    public HttpClient Http => client;

    public string BasePath => basePath;

    public static async Task<EditorClient> SignInAsync(CmsHost host, string basePath, string userName, string password)
    {
        var client = host.Browser();
        using var response = await client.SignInAsync(basePath, userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new EditorClient(client, basePath);
    }

    public static Dictionary<string, string> News(string title, string lead = "Tóm tắt bài viết.", string body = "<p>Nội dung bài viết.</p>") => new()
    {
        ["Title"] = title,
        ["f:DistrictNewsPart:Lead"] = lead,
        ["f:DistrictNewsPart:Body"] = body,
        ["f:DistrictNewsPart:Byline"] = "Cẩm Vân, Trung tâm VHTT&TT",
        ["f:DistrictNewsPart:Categories"] = "kinh-te",
    };

    /// <summary>Opens the editor page (new item of <paramref name="type"/> when <paramref name="id"/> is null) and posts the form with <paramref name="handler"/>.</summary>
    public async Task<HttpResponseMessage> PostEditorAsync(string? id, string handler, Dictionary<string, string> fields, int? number = null, string type = "DistrictNews")
    {
        var page = id is null ? $"{basePath}/admin/content/edit?type={type}" : $"{basePath}/admin/content/edit/{id}";
        var html = await client.GetStringAsync(page);
        var values = new Dictionary<string, string>(fields)
        {
            ["__af"] = Token(html),
            ["Number"] = number?.ToString() ?? NumberField().Match(html).Groups[1].Value,
        };
        var action = id is null ? $"{basePath}/admin/content/edit?type={type}&handler={handler}" : $"{basePath}/admin/content/edit/{id}?handler={handler}";
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Posts one of the editor's action forms (Unpublish, Return, Delete, SchedulePublish…).</summary>
    public async Task<HttpResponseMessage> ActAsync(string id, string handler, Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync($"{basePath}/admin/content/edit/{id}");
        var values = new Dictionary<string, string>(fields ?? []) { ["__af"] = Token(html) };
        return await client.PostAsync($"{basePath}/admin/content/edit/{id}?handler={handler}", new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// Posts an action form of an item this user may not even open (a valid token of this user from another form),
    /// to prove the server checks the permission itself and not only hides the button.
    /// </summary>
    public async Task<HttpResponseMessage> ActWithoutOpeningAsync(string id, string handler)
    {
        var html = await client.GetStringAsync($"{basePath}/admin/login");
        var values = new Dictionary<string, string> { ["__af"] = Token(html) };
        return await client.PostAsync($"{basePath}/admin/content/edit/{id}?handler={handler}", new FormUrlEncodedContent(values));
    }

    /// <summary>Runs a bulk action of the content list (Publish, Unpublish, Trash, ChangeCategory) on the ticked <paramref name="ids"/>.</summary>
    public async Task<HttpResponseMessage> BulkAsync(string action, IEnumerable<string> ids, string? newCategory = null)
    {
        var list = await client.GetStringAsync(basePath + "/admin/content");
        var form = new List<KeyValuePair<string, string>> { new("__af", Token(list)), new("action", action) };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id)));
        if (newCategory is not null)
        {
            form.Add(new("newCategory", newCategory));
        }

        return await client.PostAsync(basePath + "/admin/content?handler=Bulk", new FormUrlEncodedContent(form));
    }

    /// <summary>The new item's id from a successful save's redirect.</summary>
    public static string IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return RedirectId().Match(response.Headers.Location!.OriginalString).Groups[1].Value;
    }

    public static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"Number\" value=\"(\\d+)\"")]
    private static partial Regex NumberField();

    [GeneratedRegex("/admin/content/edit/([^?/]+)")]
    private static partial Regex RedirectId();
}
