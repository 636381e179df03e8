using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The dashboard shows each user what waits for them by role ("Chờ duyệt", "Bị trả lại", "Hẹn giờ", "Bản nháp của
/// tôi"), each a count that links to the content list, whose total is that same count.
/// </summary>
public sealed partial class DashboardTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task Dashboard_counts_match_the_content_lists_they_link_to()
    {
        var tenant = TenantFactory.UniqueName("gia-thanh");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "Xã Gia Thanh", tenant, [], null));
        var basePath = "/" + tenant;
        var authorName = await TenantServices.CreateUserAsync(host, tenant, "Author");
        var author = await EditorClient.SignInAsync(host, basePath, authorName, TenantServices.UserPassword);
        var editor = await EditorClient.SignInAsync(host, basePath, await TenantServices.CreateUserAsync(host, tenant, "Editor"), TenantServices.UserPassword);
        var contributor = await EditorClient.SignInAsync(host, basePath, await TenantServices.CreateUserAsync(host, tenant, "Contributor"), TenantServices.UserPassword);

        // The author: three drafts (one then moved to the trash), two submitted, one of them returned.
        for (var i = 0; i < 3; i++)
        {
            await author.PostEditorAsync(null, "Save", EditorClient.News($"Bản nháp về mùa vụ đông số {i}"));
        }

        var trashed = EditorClient.IdFrom(await author.PostEditorAsync(null, "Save", EditorClient.News("Bản nháp bỏ đi")));
        Assert.Equal(HttpStatusCode.Redirect, (await author.ActAsync(trashed, "Delete")).StatusCode);
        await author.PostEditorAsync(null, "Submit", EditorClient.News("Gia Thanh khánh thành nhà văn hóa thôn"));
        var returned = EditorClient.IdFrom(await author.PostEditorAsync(null, "Submit", EditorClient.News("Hội thi nấu ăn của chi hội phụ nữ")));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(returned, "Return", new() { ["Comment"] = "Bổ sung ảnh hội thi." })).StatusCode);

        // The editor: one article scheduled for tomorrow.
        var scheduled = EditorClient.IdFrom(await editor.PostEditorAsync(null, "Save", EditorClient.News("Lịch tiếp công dân tháng tới")));
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddDays(1), VietnameseDates.VietnamTimeZone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.ActAsync(scheduled, "SchedulePublish", new() { ["ScheduleAt"] = tomorrow })).StatusCode);

        var authorView = await DashboardAsync(author);
        Assert.Equal(new Dictionary<string, int> { ["Bị trả lại"] = 1, ["Hẹn giờ"] = 0, ["Bản nháp của tôi"] = 3 }, Counts(authorView));
        var editorView = await DashboardAsync(editor);
        Assert.Equal(new Dictionary<string, int> { ["Chờ duyệt"] = 1, ["Bị trả lại"] = 0, ["Hẹn giờ"] = 1, ["Bản nháp của tôi"] = 0 }, Counts(editorView));
        // A contributor neither reviews nor schedules: only what is theirs.
        Assert.Equal(["Bị trả lại", "Bản nháp của tôi"], Counts(await DashboardAsync(contributor)).Keys);

        foreach (var (user, view) in new[] { (author, authorView), (editor, editorView) })
        {
            foreach (var (label, count, link) in view)
            {
                var (status, list) = await user.Http.GetPageAsync(link);
                Assert.Equal(HttpStatusCode.OK, status);
                Assert.True(list.Contains($"<p>{count} nội dung</p>", StringComparison.Ordinal), $"{label}: the dashboard says {count}, the list at {link} does not");
            }
        }
    }

    private static async Task<List<(string Label, int Count, string Link)>> DashboardAsync(EditorClient user)
    {
        var (status, html) = await user.Http.GetPageAsync(user.BasePath + "/admin");
        Assert.Equal(HttpStatusCode.OK, status);
        return Waiting().Matches(html)
            .Select(m => (m.Groups["label"].Value, int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups["link"].Value)))
            .ToList();
    }

    private static Dictionary<string, int> Counts(List<(string Label, int Count, string Link)> view) => view.ToDictionary(v => v.Label, v => v.Count);

    [GeneratedRegex("<a href=\"(?<link>[^\"]+)\" data-queue=\"[^\"]*\">(?<label>[^:<]+): <strong>(?<count>\\d+)</strong></a>")]
    private static partial Regex Waiting();
}
