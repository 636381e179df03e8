using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>
/// The "Thông báo" type, applied to a running commune by recipe (no C#), is searched like news: by the words of its
/// body, filtered by type and by its filterable field under the list's own name, counted by its facet, and found
/// from the district portal because the type is shareable.
/// </summary>
public abstract class AnnouncementSearchBehaviour(DemoHost host)
{
    [Fact]
    public async Task An_announcement_applied_by_recipe_is_searched_by_type_field_facet_and_from_the_district()
    {
        var word = "tiepdan" + Guid.NewGuid().ToString("N")[..8];
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Lạc", tenant, [], null));
        TestRecipes.Add(host, tenant + "-tb", AnnouncementRecipes.WithContent(tenant + "-tb", "thong-bao-" + tenant, $"<p>Lịch {word} của Chủ tịch UBND xã.</p>"));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, tenant + "-tb"], host.Services, TextWriter.Null, new StringWriter()));
        var client = host.Browser();

        var found = await client.SearchUntilAsync($"/{tenant}/api/search?q={word}&type=ThongBao", r => r.Total() == 1);
        var hit = Assert.Single(found.Results());
        Assert.Equal(AnnouncementRecipes.Title, hit.GetProperty("title").GetString());
        Assert.Equal("ThongBao", hit.GetProperty("contentType").GetString());
        Assert.Contains($"/{tenant}/thong-bao/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);

        // The facet of "Mức độ" counts the matches; its filter has the list's name and compares case aside.
        var facet = Assert.Single(found.GetProperty("facets").EnumerateArray());
        Assert.Equal("Mức độ", facet.GetProperty("label").GetString());
        Assert.Equal(("Thường", 1), facet.GetProperty("values").EnumerateArray().Select(v => (v.GetProperty("value").GetString(), v.GetProperty("count").GetInt32())).Single());
        Assert.Equal(1, (await client.SearchAsync($"/{tenant}/api/search?q={word}&Level=th%C6%B0%E1%BB%9Dng")).Total());
        Assert.Equal(0, (await client.SearchAsync($"/{tenant}/api/search?q={word}&Level=Kh%E1%BA%A9n")).Total());
        Assert.Equal(0, (await client.SearchAsync($"/{tenant}/api/search?q={word}&type=DistrictNews")).Total());

        // The district portal finds it: the commune shares with the district and the type is shareable.
        var district = await client.SearchUntilAsync($"/api/search?q={word}&scope=district", r => r.Total() == 1);
        Assert.Equal(tenant, Assert.Single(district.Results()).GetProperty("tenant").GetString());

        // The page shows the result, the facet with its link, and keeps the field filter in its form.
        using var page = await client.GetAsync($"/{tenant}/tim-kiem?q={word}&type=ThongBao&Level=Th%C6%B0%E1%BB%9Dng");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(AnnouncementRecipes.Title, html, StringComparison.Ordinal);
        Assert.Contains("<h2>Mức độ</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"Level\" value=\"Thường\">", html, StringComparison.Ordinal);

        // The content API reads it by its type, with its fields by name; a type the tenant lacks is a 404 problem.
        var list = await client.GetFromJsonAsync<JsonElement>($"/{tenant}/api/content/ThongBao");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("Thường", item.GetProperty("fields").GetProperty("Level").GetString());
        Assert.Contains(word, item.GetProperty("fields").GetProperty("Body").GetString(), StringComparison.Ordinal);
        var one = await client.GetFromJsonAsync<JsonElement>($"/{tenant}/api/content/ThongBao/{item.GetProperty("id").GetString()}");
        Assert.Equal(AnnouncementRecipes.Title, one.GetProperty("title").GetString());
        using var unknown = await client.GetAsync($"/{tenant}/api/content/LichTiepDan");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_field_an_administrator_marks_as_a_document_code_finds_its_item_first_however_the_code_is_typed()
    {
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Lạc", tenant, [], null));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, "thong-bao"], host.Services, TextWriter.Null, new StringWriter()));
        var admin = await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var added = await admin.Http.PostAsync($"/{tenant}/admin/types?handler=AddField&part=ThongBaoPart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = EditorClient.Token(await admin.Http.GetStringAsync($"/{tenant}/admin/types")), ["name"] = "SoThongBao", ["kind"] = "Text", ["displayName"] = "Số ký hiệu",
        }));
        using var saved = await admin.Http.PostAsync($"/{tenant}/admin/types?handler=Fields&part=ThongBaoPart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = EditorClient.Token(await added.Content.ReadAsStringAsync()),
            ["Body.Required"] = "true", ["Body.FullText"] = "true",
            ["Level.Required"] = "true", ["Level.Filterable"] = "true", ["Level.Facet"] = "true",
            ["SoThongBao.Code"] = "true",
        }));
        var page = await saved.Content.ReadAsStringAsync();
        Assert.Contains("Đã lưu các trường.", page, StringComparison.Ordinal);
        Assert.Contains("name=\"SoThongBao.Code\" value=\"true\" checked=\"checked\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"SoThongBao.FullText\" value=\"true\" checked", page, StringComparison.Ordinal);

        // News that speaks of the same numbers in its text ranks after the announcement carrying the code.
        await TestNews.PublishAsync(host, tenant, "Xã nhận 125 suất quà của UBND huyện", "Theo QĐ của UBND, 125 hộ được hỗ trợ.", "<p>Quyết định QĐ 125 của UBND.</p>");
        TestRecipes.Add(host, tenant + "-qd", $$"""
            { "name": "{{tenant}}-qd", "displayName": "Một thông báo có số ký hiệu", "steps": [ { "name": "Content", "data": [ {
                "ContentItemId": "tb-qd-125", "ContentType": "ThongBao", "Published": true,
                "TitlePart": { "Title": "Thông báo về việc tổ chức Tết trồng cây" },
                "ThongBaoPart": { "Body": { "Html": "<p>Các thôn tổ chức trồng cây đầu xuân.</p>" }, "Level": { "Text": "Thường" }, "SoThongBao": { "Text": "125/QĐ-UBND" } } } ] } ] }
            """);
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, tenant + "-qd"], host.Services, TextWriter.Null, new StringWriter()));
        var client = host.Browser();

        foreach (var typed in new[] { "125/QĐ-UBND", "125%2Fqd-ubnd", "125 QĐ UBND", "QĐ 125" })
        {
            var found = await client.SearchUntilAsync($"/{tenant}/api/search?q={typed}", r => r.Total() >= 2);
            Assert.Equal("Thông báo về việc tổ chức Tết trồng cây", found.Results()[0].GetProperty("title").GetString());
        }
    }
}

public sealed class AnnouncementSearchOnSqlite(SqliteSearchHost host) : AnnouncementSearchBehaviour(host), IClassFixture<SqliteSearchHost>;

public sealed class AnnouncementSearchOnPostgreSql(PostgreSqlSearchHost host) : AnnouncementSearchBehaviour(host), IClassFixture<PostgreSqlSearchHost>;
