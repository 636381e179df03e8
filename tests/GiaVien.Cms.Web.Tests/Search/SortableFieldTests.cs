using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>
/// A field marked Sortable orders the type's public list (<c>?sap-xep=Field</c>, <c>-Field</c> for the greatest first) and
/// search (<c>sort=Field</c>): a date by day, a number as a number (9 before 10), items without a value last. A list
/// asked for another name keeps its usual order; search refuses it with a Vietnamese 400.
/// </summary>
public sealed class SortableFieldTests(SqliteSearchHost host) : IClassFixture<SqliteSearchHost>
{
    private const string Swimming = "Thông báo tuyển sinh lớp bơi hè";
    private const string Vaccination = "Thông báo lịch tiêm chủng mở rộng";
    private const string NewYear = "Thông báo lịch nghỉ Tết Nguyên đán";
    private const string Undated = "Thông báo về việc giữ gìn vệ sinh chung";

    private static string Recipe(string name, string word) => $$"""
        {
          "name": "{{name}}", "displayName": "Thông báo sắp xếp được theo ngày hết hạn và số chỗ",
          "steps": [
            { "name": "Recipes", "Values": [ "thong-bao" ] },
            { "name": "ContentDefinition", "ContentParts": [ { "Name": "ThongBaoPart", "DisplayName": "Thông báo", "Fields": [
                { "Name": "Body", "Kind": "Html", "DisplayName": "Nội dung", "Required": true },
                { "Name": "ExpiryDate", "Kind": "Date", "DisplayName": "Ngày hết hạn", "Sortable": true },
                { "Name": "Level", "Kind": "Choice", "DisplayName": "Mức độ", "Required": true, "Filterable": true, "Options": [ "Khẩn", "Thường" ] },
                { "Name": "Seats", "Kind": "Number", "DisplayName": "Số chỗ", "Sortable": true } ] } ] },
            { "name": "Content", "data": [
              {{Item("tb-boi", Swimming, word, "\"2026-12-20\"", "9")}},
              {{Item("tb-tiem", Vaccination, word, "\"2026-12-05\"", "10")}},
              {{Item("tb-tet", NewYear, word, "\"2027-01-15\"", "120")}},
              {{Item("tb-vesinh", Undated, word, "null", "null")}} ] }
          ]
        }
        """;

    private static string Item(string id, string title, string word, string expiry, string seats) => $$"""
        { "ContentItemId": "{{id}}", "ContentType": "ThongBao", "Published": true, "TitlePart": { "Title": "{{title}}" },
          "ThongBaoPart": { "Body": { "Html": "<p>{{word}}</p>" }, "Level": { "Text": "Thường" }, "ExpiryDate": { "Value": {{expiry}} }, "Seats": { "Value": {{seats}} } } }
        """;

    private async Task<(string Tenant, string Word)> AnnouncementsAsync()
    {
        var word = "sapxep" + Guid.NewGuid().ToString("N")[..8];
        var tenant = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "UBND xã Gia Lạc", tenant, [], null));
        TestRecipes.Add(host, tenant + "-sx", Recipe(tenant + "-sx", word));
        Assert.Equal(0, await CommandLine.ExecuteAsync(["recipe", "apply", tenant, tenant + "-sx"], host.Services, TextWriter.Null, new StringWriter()));
        return (tenant, word);
    }

    private static List<string> InPageOrder(string html, params string[] titles) =>
        titles.Where(t => html.Contains(t, StringComparison.Ordinal)).OrderBy(t => html.IndexOf(t, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_list_is_ordered_by_a_sortable_date_or_number_with_items_lacking_it_last()
    {
        var (tenant, _) = await AnnouncementsAsync();
        var client = host.Browser();
        string[] all = [Swimming, Vaccination, NewYear, Undated];

        var byExpiry = await client.GetPageAsync($"/{tenant}/thong-bao?sap-xep=ExpiryDate");
        Assert.Equal(HttpStatusCode.OK, byExpiry.Status);
        Assert.Equal([Vaccination, Swimming, NewYear, Undated], InPageOrder(byExpiry.Html, all));
        Assert.Contains("<option value=\"ExpiryDate\" selected>Ngày hết hạn (tăng dần)</option>", byExpiry.Html, StringComparison.Ordinal);

        Assert.Equal([NewYear, Swimming, Vaccination, Undated], InPageOrder((await client.GetPageAsync($"/{tenant}/thong-bao?sap-xep=-ExpiryDate")).Html, all));
        Assert.Equal([Swimming, Vaccination, NewYear, Undated], InPageOrder((await client.GetPageAsync($"/{tenant}/thong-bao?sap-xep=Seats")).Html, all));

        // Level is not sortable: the list is shown in its usual order, every item there, nothing selected.
        var byLevel = await client.GetPageAsync($"/{tenant}/thong-bao?sap-xep=Level");
        Assert.Equal(HttpStatusCode.OK, byLevel.Status);
        Assert.Equal(4, InPageOrder(byLevel.Html, all).Count);
        Assert.DoesNotContain(" selected>Ngày hết hạn", byLevel.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_is_ordered_by_a_sortable_field_and_refuses_one_that_is_not()
    {
        var (tenant, word) = await AnnouncementsAsync();
        var client = host.Browser();
        await client.SearchUntilAsync($"/{tenant}/api/search?q={word}", r => r.Total() == 4);

        var byExpiry = await client.SearchAsync($"/{tenant}/api/search?q={word}&sort=ExpiryDate");
        Assert.Equal([Vaccination, Swimming, NewYear, Undated], byExpiry.Results().Select(r => r.GetProperty("title").GetString()));
        var bySeats = await client.SearchAsync($"/{tenant}/api/search?q={word}&type=ThongBao&sort=-Seats");
        Assert.Equal([NewYear, Vaccination, Swimming, Undated], bySeats.Results().Select(r => r.GetProperty("title").GetString()));

        using var refused = await client.GetAsync($"/{tenant}/api/search?q={word}&sort=Level");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var detail = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.StartsWith("Không sắp xếp được theo \"Level\"", detail, StringComparison.Ordinal);
        Assert.Contains("ExpiryDate", detail, StringComparison.Ordinal);
        using var page = await client.GetAsync($"/{tenant}/tim-kiem?q={word}&sort=Level");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }
}
