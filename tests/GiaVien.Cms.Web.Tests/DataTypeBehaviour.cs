using System.Net;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A section defined as data only — the type "Thông báo" (title, body, attachment, expiry date, level) with the
/// route prefix thong-bao and a public list — is edited with validation, shown, listed with a filter, fed as RSS,
/// put in the sitemap, and shown with the tenant's own view once it has one. No C# of the type exists.
/// </summary>
public abstract class DataTypeBehaviour(DemoHost host)
{
    private const string Part = "ThongBaoPart";

    [Fact]
    public async Task An_announcement_type_defined_as_data_is_edited_shown_listed_filtered_and_fed()
    {
        // The product's recipe of the type, on top of a commune's; nothing else defines it.
        TestRecipes.Add(host, "xa-co-thong-bao", """
            {"name":"xa-co-thong-bao","displayName":"Xã có thông báo","isSetupRecipe":true,
             "steps":[{"name":"Recipes","Values":["giavien-commune","thong-bao"]}]}
            """);
        var tenant = TenantFactory.UniqueName("gia-thinh");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "Xã Gia Thịnh", tenant, [], null), "xa-co-thong-bao");

        var refused = await TenantServices.RunAsync(host, tenant, async services => await Assert.ThrowsAsync<ContentValidationException>(() =>
            CreateAsync(services, "Thông báo sai", "Thường", "anh/le-hoi.jpg", "31/12/2026")));
        Assert.Contains(refused.Errors, e => e.Path == $"{Part}.Attachment" && e.Message.Contains("không phải là một văn bản"));
        Assert.Contains(refused.Errors, e => e.Path == $"{Part}.ExpiryDate" && e.Message.Contains("2026-12-31"));

        var urgent = await TenantServices.RunAsync(host, tenant, services => CreateAsync(services, "Lịch cắt điện khẩn", "Khẩn", "van-ban/lich-cat-dien.pdf", "2026-12-31"));
        await TenantServices.RunAsync(host, tenant, services => CreateAsync(services, "Lịch tiếp công dân tháng 12", "Thường", "van-ban/lich-tiep-dan.docx", "2026-12-20"));

        var admin = await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var (_, editor) = await admin.Http.GetPageAsync($"/{tenant}/admin/content/edit?type=ThongBao");
        Assert.Contains($"type=\"date\" id=\"f-{Part}-ExpiryDate\"", editor);
        Assert.Contains("<option value=\"Khẩn\">Khẩn</option>", editor);
        using var bad = await admin.Http.PostAsync($"/{tenant}/admin/content/edit?type=ThongBao&handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = EditorClient.Token(editor), ["Number"] = "0", ["Title"] = "Thông báo thiếu mức độ",
            [$"f:{Part}:Level"] = "Khác", [$"f:{Part}:Attachment"] = "van-ban/a.pdf\nanh/b.png",
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badHtml = await bad.Content.ReadAsStringAsync();
        Assert.Contains("chỉ nhận một trong các giá trị: Khẩn, Thường", badHtml);
        Assert.Contains("anh/b.png&quot; không phải là một văn bản", badHtml);

        var visitor = host.Browser();
        var (status, page) = await visitor.GetPageAsync($"/{tenant}/{urgent.RoutePath}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("thong-bao/", urgent.RoutePath);
        Assert.Contains("<h1>Lịch cắt điện khẩn</h1>", page);
        Assert.Contains("<time datetime=\"2026-12-31\">31/12/2026</time>", page);
        Assert.Contains($"<a href=\"/{tenant}/media/van-ban/lich-cat-dien.pdf\">lich-cat-dien.pdf</a> <span class=\"file-kind\">(PDF)</span>", page);
        Assert.Contains($"<a href=\"/{tenant}/thong-bao\">Thông báo</a>", page);

        var (_, list) = await visitor.GetPageAsync($"/{tenant}/thong-bao");
        Assert.Contains("Lịch cắt điện khẩn", list);
        Assert.Contains("Lịch tiếp công dân tháng 12", list);
        Assert.Contains("<select name=\"Level\">", list);
        var (_, filtered) = await visitor.GetPageAsync($"/{tenant}/thong-bao?Level=" + Uri.EscapeDataString("Khẩn"));
        Assert.Contains("Lịch cắt điện khẩn", filtered);
        Assert.DoesNotContain("Lịch tiếp công dân", filtered);
        Assert.Contains("<option value=\"Khẩn\" selected>Khẩn</option>", filtered);

        using var feed = await visitor.GetAsync($"/{tenant}/thong-bao/rss.xml");
        Assert.Equal("application/rss+xml", feed.Content.Headers.ContentType?.MediaType);
        var rss = await feed.Content.ReadAsStringAsync();
        Assert.Contains("<title>Lịch cắt điện khẩn</title>", rss);
        Assert.Contains($"/{tenant}/{urgent.RoutePath}</link>", rss);

        Assert.Contains($"/{tenant}/{urgent.RoutePath}</loc>", await visitor.GetStringAsync($"/{tenant}/sitemap.xml"));

        // Search finds the type's items, and its type filter keeps them apart from the news.
        var query = Uri.EscapeDataString("cắt điện");
        var found = await visitor.SearchUntilAsync($"/{tenant}/api/search?q={query}&type=ThongBao", r => r.Total() == 1);
        Assert.Equal(1, found.Total());
        Assert.Contains($"/{tenant}/{urgent.RoutePath}", found.GetRawText());
        Assert.Equal(0, (await visitor.SearchAsync($"/{tenant}/api/search?q={query}&type=DistrictNews")).Total());

        // One Liquid view of the tenant's own replaces the generic one for this type only.
        await TenantServices.RunAsync(host, tenant, services => services.GetRequiredService<ThemeTemplateStore>()
            .SaveAsync("Content-ThongBao", "<h1 class=\"thong-bao\">{{ item.title }}</h1><p>Hết hạn: {{ item.fields.ExpiryDate.text }}</p>", "admin"));
        await Eventually.ThatAsync(async () => (await visitor.GetStringAsync($"/{tenant}/{urgent.RoutePath}")).Contains("<p>Hết hạn: 31/12/2026</p>"),
            TimeSpan.FromSeconds(10), "the tenant's own view of the type is used");
    }

    private static async Task<ContentItem> CreateAsync(IServiceProvider services, string title, string level, string attachment, string expiry)
    {
        var item = new ContentItem
        {
            ContentItemId = ContentManager.NewId(),
            ContentType = "ThongBao",
            Published = true,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = title },
                [Part] = new JsonObject
                {
                    ["Body"] = new JsonObject { ["Html"] = "<p>Đề nghị nhân dân chú ý.</p>" },
                    ["Attachment"] = new JsonObject { ["Paths"] = new JsonArray(attachment) },
                    ["ExpiryDate"] = new JsonObject { ["Value"] = expiry },
                    ["Level"] = new JsonObject { ["Text"] = level },
                },
            },
        };
        var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
        return await services.GetRequiredService<ContentManager>().CreateAsync(item, definitions, services.GetRequiredService<StoredContentReferences>(), "admin");
    }
}

public sealed class DataTypeOnSqlite(SqliteDemoHost host) : DataTypeBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class DataTypeOnPostgreSql(PostgreSqlDemoHost host) : DataTypeBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
