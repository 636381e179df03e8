using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Recipes;

/// <summary>
/// Features switched on and off on a running tenant from "Tính năng": the announcement feature brings its type and its
/// menu item once however often it is enabled, hides its type while off, and comes after what depends on it.
/// </summary>
public abstract class FeatureBehaviour(DemoHost host)
{
    /// <summary>A feature of a test module that needs the announcements, to check the order of dependencies.</summary>
    public static void AddDependentFeature(IServiceCollection services) =>
        services.AddFeature(new FeatureDescriptor("announcement-archive", "Lưu trữ thông báo", "Tính năng thử nghiệm cần đến “Thông báo”.") { Dependencies = ["announcements"] });

    private async Task<(string Tenant, EditorClient Admin)> NewTenantAsync()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Phong", name, [], null));
        return (name, await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword));
    }

    private static async Task<(HttpStatusCode Status, string Html)> SwitchAsync(EditorClient admin, string tenant, string handler, string id)
    {
        using var response = await admin.Http.PostFormAsync($"/{tenant}/admin/features", $"/{tenant}/admin/features?handler={handler}", new Dictionary<string, string> { ["id"] = id });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private Task<(int MigrationVersion, string Menu)> StateAsync(string tenant) => TenantServices.RunAsync(host, tenant, async services =>
    {
        var db = services.GetRequiredService<CmsDbContext>();
        var feature = await db.Features.AsNoTracking().SingleAsync(f => f.FeatureId == "announcements");
        return (feature.MigrationVersion, (await db.Settings.AsNoTracking().SingleAsync(s => s.Name == "Menu")).Value);
    });

    [Fact]
    public async Task Enabling_announcements_twice_brings_the_type_and_one_menu_item_and_disabling_hides_the_type()
    {
        var (tenant, admin) = await NewTenantAsync();
        Assert.Contains("Đang tắt", await admin.Http.GetStringAsync($"/{tenant}/admin/features"), StringComparison.Ordinal);

        var (status, html) = await SwitchAsync(admin, tenant, "Enable", "announcements");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đã bật tính năng “Thông báo”.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/{tenant}/admin/content/edit?type=ThongBao")).StatusCode);
        Assert.Contains($"href=\"/{tenant}/thong-bao\"", await admin.Http.GetStringAsync($"/{tenant}/"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Enable", "announcements")).Status);
        var (version, menu) = await StateAsync(tenant);
        Assert.Equal(1, version);
        Assert.Equal(2, menu.Split("\"/thong-bao\"").Length);

        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Disable", "announcements")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{tenant}/admin/content/edit?type=ThongBao")).StatusCode);
        Assert.Contains("Tắt tính năng", await admin.Http.GetStringAsync($"/{tenant}/admin/audit"), StringComparison.Ordinal);

        // On again: the type is back, the recipe and the migration are not applied a second time.
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Enable", "announcements")).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/{tenant}/admin/content/edit?type=ThongBao")).StatusCode);
        Assert.Equal((1, menu), await StateAsync(tenant));
    }

    [Fact]
    public async Task A_disabled_feature_hides_its_menu_item_list_items_feed_and_sitemap_entries_until_enabled_again()
    {
        var (tenant, admin) = await NewTenantAsync();
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Enable", "announcements")).Status);
        using (var published = await admin.Http.PostFormAsync($"/{tenant}/admin/content/edit?type=ThongBao", $"/{tenant}/admin/content/edit?type=ThongBao&handler=Publish",
            new Dictionary<string, string>
            {
                ["Title"] = "Thông báo lịch cắt điện cuối tháng", ["Number"] = "0", ["f:ThongBaoPart:Level"] = "Thường",
                ["f:ThongBaoPart:Body"] = "<p>Điện lực Gia Viễn tạm ngừng cấp điện khu vực thôn Đông để bảo dưỡng đường dây.</p>",
            }))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        await AssertAnnouncementsShownAsync(tenant, shown: true);
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Disable", "announcements")).Status);
        await AssertAnnouncementsShownAsync(tenant, shown: false);
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Enable", "announcements")).Status);
        await AssertAnnouncementsShownAsync(tenant, shown: true);
    }

    private async Task AssertAnnouncementsShownAsync(string tenant, bool shown)
    {
        var resident = host.Browser();
        foreach (var path in new[] { "/thong-bao", "/thong-bao/rss.xml", "/thong-bao/thong-bao-lich-cat-dien-cuoi-thang" })
        {
            Assert.Equal(shown ? HttpStatusCode.OK : HttpStatusCode.NotFound, (await resident.GetAsync($"/{tenant}{path}")).StatusCode);
        }

        Assert.Equal(shown, (await resident.GetStringAsync($"/{tenant}/")).Contains($"href=\"/{tenant}/thong-bao\"", StringComparison.Ordinal));
        Assert.Equal(shown, (await resident.GetStringAsync($"/{tenant}/sitemap.xml")).Contains("/thong-bao/thong-bao-lich-cat-dien-cuoi-thang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dependencies_are_enabled_first_and_cannot_be_disabled_while_needed()
    {
        var (tenant, admin) = await NewTenantAsync();
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Enable", "announcement-archive")).Status);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/{tenant}/admin/content/edit?type=ThongBao")).StatusCode);

        var (status, html) = await SwitchAsync(admin, tenant, "Disable", "announcements");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Không thể tắt “Thông báo”: tính năng “Lưu trữ thông báo” đang bật", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Disable", "announcement-archive")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SwitchAsync(admin, tenant, "Disable", "announcements")).Status);
    }

    [Fact]
    public async Task The_district_switches_a_feature_of_any_tenant_and_a_tenant_only_its_own()
    {
        var (tenant, admin) = await NewTenantAsync();
        var district = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using (var enabled = await district.Http.PostFormAsync($"/admin/features?tenant={tenant}", "/admin/features?handler=Enable",
            new Dictionary<string, string> { ["id"] = "announcements", ["Tenant"] = tenant }))
        {
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/{tenant}/admin/content/edit?type=ThongBao")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{tenant}/admin/features?tenant=default")).StatusCode);
    }
}

public sealed class SqliteFeatureHost() : DemoHost(DatabaseProvider.Sqlite, FeatureBehaviour.AddDependentFeature);

public sealed class PostgreSqlFeatureHost() : DemoHost(DatabaseProvider.PostgreSql, FeatureBehaviour.AddDependentFeature);

public sealed class SqliteFeatureTests(SqliteFeatureHost host) : FeatureBehaviour(host), IClassFixture<SqliteFeatureHost>;

public sealed class PostgreSqlFeatureTests(PostgreSqlFeatureHost host) : FeatureBehaviour(host), IClassFixture<PostgreSqlFeatureHost>;
