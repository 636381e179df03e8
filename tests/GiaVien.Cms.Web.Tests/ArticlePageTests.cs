using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>An article page as residents and search engines get it: description, photos once, clean stored markup.</summary>
public sealed class ArticlePageTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Photo = "demo/lop-boi-duong-chuyen-doi-so.jpg";
    private const string TrixFigure = "<figure class=\"attachment attachment--content\" data-trix-content-type=\"undefined\" data-trix-attachment=\"{&quot;caption&quot;:&quot;Học viên thực hành ký số&quot;,&quot;content&quot;:&quot;&lt;img src=\\&quot;/media/_p/article/demo/lop-boi-duong-chuyen-doi-so.jpg\\&quot; alt=\\&quot;Lớp bồi dưỡng\\&quot; width=\\&quot;960\\&quot; height=\\&quot;640\\&quot;&gt;&quot;}\" data-trix-attributes=\"{&quot;caption&quot;:&quot;Học viên thực hành ký số&quot;}\"><img src=\"/media/_p/article/demo/lop-boi-duong-chuyen-doi-so.jpg\"><figcaption class=\"attachment__caption attachment__caption--edited\">Học viên thực hành ký số</figcaption></figure>";

    [Fact]
    public async Task The_seo_description_is_the_meta_description_and_the_lead_stays_on_the_page()
    {
        var path = await PublishAsync("Huyện tập huấn chữ ký số cho cán bộ xã", "<p>Nội dung.</p>", seo: "Tập huấn chữ ký số cho 120 cán bộ cấp xã tại Gia Viễn.");

        var (_, html) = await host.Browser().GetPageAsync("/" + path);

        Assert.Contains("<meta name=\"description\" content=\"Tập huấn chữ ký số cho 120 cán bộ cấp xã tại Gia Viễn.\">", html);
        Assert.Contains("<p class=\"lead\">Tóm tắt bài tập huấn.</p>", html);
    }

    [Fact]
    public async Task A_featured_image_that_also_opens_the_body_is_shown_once_and_the_body_is_stored_clean()
    {
        var path = await PublishAsync("Lớp bồi dưỡng chuyển đổi số khóa II", TrixFigure + "<div>Sáng nay lớp khai giảng.</div>", featured: Photo);

        var (_, html) = await host.Browser().GetPageAsync("/" + path);

        var article = html[html.IndexOf("<article", StringComparison.Ordinal)..html.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.True(CountOf(article, "demo/lop-boi-duong-chuyen-doi-so.jpg") == 1, article);
        Assert.Contains("<figure><img src=\"/media/_p/article/demo/lop-boi-duong-chuyen-doi-so.jpg\" alt=\"Lớp bồi dưỡng\" width=\"960\" height=\"640\"><figcaption>Học viên thực hành ký số</figcaption></figure>", article);
        Assert.DoesNotContain("data-trix", html);
        Assert.DoesNotContain("data-trix", await StoredDataAsync(path));
    }

    [Fact]
    public async Task A_featured_image_not_in_the_body_is_shown_above_it()
    {
        var path = await PublishAsync("Khai giảng lớp bồi dưỡng khóa III", "<div>Không có ảnh trong bài.</div>", featured: Photo);

        var (_, html) = await host.Browser().GetPageAsync("/" + path);

        Assert.Contains("class=\"article-figure\"", html);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private async Task<string> PublishAsync(string title, string body, string? seo = null, string? featured = null)
    {
        string? path = null;
        await TestNews.InTenantAsync(host, "default", async services =>
        {
            var news = new JsonObject
            {
                ["Lead"] = new JsonObject { ["Text"] = "Tóm tắt bài tập huấn." },
                ["Body"] = new JsonObject { ["Html"] = body },
            };
            if (seo is not null)
            {
                news["SeoDescription"] = new JsonObject { ["Text"] = seo };
            }

            if (featured is not null)
            {
                news["FeaturedImage"] = new JsonObject { ["Paths"] = new JsonArray(featured) };
            }

            var item = new ContentItem
            {
                ContentItemId = ContentManager.NewId(),
                ContentType = "DistrictNews",
                Published = true,
                Content = new JsonObject { ["TitlePart"] = new JsonObject { ["Title"] = title }, ["DistrictNewsPart"] = news },
            };
            var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            var saved = await services.GetRequiredService<ContentManager>().CreateAsync(item, definitions, services.GetRequiredService<StoredContentReferences>(), CmsHost.AdminUserName);
            path = saved.RoutePath;
        });
        return path!;
    }

    private async Task<string> StoredDataAsync(string path)
    {
        var data = "";
        await TestNews.InTenantAsync(host, "default", async services =>
        {
            var db = services.GetRequiredService<CmsDbContext>();
            var id = await db.ContentRoutes.Where(r => r.Path == path).Select(r => r.ContentItemId).SingleAsync();
            data = string.Join("\n", await db.ContentItems.Where(i => i.ContentItemId == id).Select(i => i.Data).ToListAsync());
        });
        return data;
    }
}
