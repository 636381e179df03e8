using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ContentList = GiaVien.Cms.Web.Pages.Admin.Content.IndexModel;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The admin content list of a tenant holding more items than it counts: a bounded total ("Hơn 10.000"), pages
/// that still reach the oldest item, newest change first with a stable order between equal times.
/// </summary>
public abstract partial class ContentListBehaviour(DemoHost host)
{
    private const string Owner = "nguoi-nhap-lieu";

    // Beyond the count limit by one page and a bit, plus a few items in the trash that must not be listed.
    private const int Listed = ContentList.CountLimit + ContentList.PageSize + 5;

    [Fact]
    public async Task A_large_tenant_shows_a_bounded_total_and_pages_through_to_the_oldest_item()
    {
        var tenant = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(host, new TenantSpec(tenant, "Xã Gia Tân", tenant, [], null));
        await SeedAsync(tenant);
        var admin = await EditorClient.SignInAsync(host, $"/{tenant}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var list = $"/{tenant}/admin/content?author={Owner}";

        var (_, first) = await admin.Http.GetPageAsync(list);
        Assert.Contains("Hơn 10.000 nội dung", first);
        Assert.Contains("Trang 1 / hơn 500", first);
        Assert.Equal(Enumerable.Range(0, ContentList.PageSize).Select(i => Listed - 1 - i), Numbers(first));

        var (_, second) = await admin.Http.GetPageAsync(list + "&page=2");
        Assert.Equal(Listed - 1 - ContentList.PageSize, Numbers(second)[0]);

        // Past the counted pages the count goes as far as the page asked for, and "next" stays until the end.
        var (_, beyond) = await admin.Http.GetPageAsync(list + "&page=501");
        Assert.Contains("Trang 501 / hơn 501", beyond);
        Assert.Contains("Trang sau", beyond);
        var (_, last) = await admin.Http.GetPageAsync(list + "&page=502");
        Assert.Contains("Trang 502 / 502", last);
        Assert.Contains("10.025 nội dung", last);
        Assert.DoesNotContain("Trang sau", last);
        Assert.Equal([4, 3, 2, 1, 0], Numbers(last));

        // A page number past the end shows the last page.
        Assert.Equal([4, 3, 2, 1, 0], Numbers((await admin.Http.GetPageAsync(list + "&page=999999999")).Html));
    }

    [Fact]
    public async Task A_list_under_the_limit_shows_its_exact_total()
    {
        var (_, html) = await (await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword)).Http.GetPageAsync("/gia-hoa/admin/content");
        Assert.Matches("<p>\\d+ nội dung</p>", html);
        Assert.DoesNotContain("Hơn", html);
    }

    /// <summary>Items 0…Listed-1 (newest last), two at a time sharing a modification time; three more in the trash.</summary>
    private Task SeedAsync(string tenant) => TenantServices.RunAsync(host, tenant, async services =>
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var start = new DateTime(2021, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Listed + 3; i++)
        {
            var id = $"list-{i:D6}";
            db.ContentItems.Add(new ContentItemRecord
            {
                ContentItemId = id, ContentItemVersionId = id + "-1", Number = 1, ContentType = "DistrictNews", DisplayText = $"Mục thử số {i:D6}",
                Latest = true, Owner = Owner, Author = Owner, CreatedUtc = start, ModifiedUtc = start.AddMinutes(i / 2), WorkflowState = WorkflowState.Draft,
                DeletedUtc = i >= Listed ? start : null, Data = "{}",
            });
        }

        await db.SaveChangesAsync();
    });

    private static List<int> Numbers(string html) => ItemNumber().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    [GeneratedRegex(">Mục thử số (\\d{6})<")]
    private static partial Regex ItemNumber();
}

public sealed class ContentListOnSqlite(SqliteDemoHost host) : ContentListBehaviour(host), IClassFixture<SqliteDemoHost>;

public sealed class ContentListOnPostgreSql(PostgreSqlDemoHost host) : ContentListBehaviour(host), IClassFixture<PostgreSqlDemoHost>;
