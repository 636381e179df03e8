using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.TenantDatabases;

/// <summary>
/// A tenant whose database disappears (file deleted, schema dropped) is never replaced by an empty site: it answers 503,
/// refuses writes, is named by /health and skipped by the district's search, while the other tenants keep serving;
/// nothing creates its database again, not even a restart; when the data comes back, so does the tenant.
/// </summary>
public abstract class LostDatabaseBehaviour(DatabaseProvider provider)
{
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Cms:Tenants:FailedRecheckInterval"] = "00:00:01",
    };

    [Fact]
    public async Task A_database_deleted_while_running_fails_its_tenant_alone_and_refuses_writes()
    {
        var host = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        try
        {
            var (lost, other) = await CreateTwoCommunesAsync(host);
            var word = "matdulieu" + Guid.NewGuid().ToString("N")[..6];
            await TestNews.PublishAsync(host, lost, $"Tin của xã: {word}", "Tóm tắt.", "Nội dung.", shareWithDistrict: true);
            var visitor = host.Browser();
            await visitor.SearchUntilAsync($"/api/search?q={word}&scope=district", r => r.Total() == 1);
            var editor = await ApiClients.CreateAsync(host, lost, "Editor");
            using (var before = await editor.PostAsJsonAsync($"/{lost}/api/news", News("Bài lưu trước khi mất dữ liệu")))
            {
                Assert.Equal(HttpStatusCode.Created, before.StatusCode);
            }

            Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/{lost}/")).Status);

            await LostDatabases.DeleteAsync(host, lost);

            using (var write = await editor.PostAsJsonAsync($"/{lost}/api/news", News("Bài gửi sau khi mất dữ liệu")))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
                // An API client is told in the API's own format, with the status page's words.
                Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
                Assert.Equal("Trang tạm ngừng hoạt động", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
            }

            using var page = await visitor.GetAsync($"/{lost}/");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Contains("Trang tạm ngừng hoạt động", await page.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await visitor.GetPageAsync($"/{lost}/admin/login")).Status);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/{other}/")).Status);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync("/")).Status);
            Assert.Equal(0, (await visitor.SearchAsync($"/api/search?q={word}&scope=district")).Total());
            Assert.Contains(lost, await DegradedTenantsAsync(host));
            Assert.False(await LostDatabases.ExistsAsync(host, lost));
            Assert.Equal(1, await CountErrorsAboutAsync(host, lost));
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    [Fact]
    public async Task After_a_restart_a_deleted_database_is_not_created_again()
    {
        var first = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        CmsHost? second = null;
        try
        {
            var (lost, other) = await CreateTwoCommunesAsync(first);
            await first.DisposeAsync();
            await LostDatabases.DeleteAsync(first, lost);

            second = await first.Restarted().StartAsync(expectedTenants: 3);
            var visitor = second.Browser();

            var (status, html) = await visitor.GetPageAsync($"/{lost}/");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Contains("Trang tạm ngừng hoạt động", html);
            using var signIn = await visitor.PostAsync($"/{lost}/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = CmsHost.AdminUserName, ["Password"] = CmsHost.AdminPassword,
            }));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/{other}/")).Status);
            Assert.Contains(lost, await DegradedTenantsAsync(second));
            Assert.False(await LostDatabases.ExistsAsync(second, lost));
        }
        finally
        {
            if (second is not null)
            {
                await second.DisposeAsync();
            }

            await DemoHost.DeleteDataAsync(first);
        }
    }

    [Fact]
    public async Task A_database_moved_away_and_back_brings_its_tenant_back_with_its_content()
    {
        var host = await new CmsHost(provider, recipe: "giavien-district") { Settings = Settings }.StartAsync(expectedTenants: 1);
        try
        {
            var (tenant, _) = await CreateTwoCommunesAsync(host);
            await TestNews.PublishAsync(host, tenant, "Tin vẫn còn sau khi khôi phục", "Tóm tắt.", "Nội dung.");
            var visitor = host.Browser();
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetPageAsync($"/{tenant}/")).Status);

            await LostDatabases.MoveAwayAsync(host, tenant);
            // A page not in the output cache reads the database.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await visitor.GetPageAsync($"/{tenant}/khong-co-{Guid.NewGuid():N}")).Status);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await visitor.GetPageAsync($"/{tenant}/")).Status);
            await LostDatabases.MoveBackAsync(host, tenant);

            await Eventually.ThatAsync(async () => (await visitor.GetPageAsync($"/{tenant}/")).Html.Contains("Tin vẫn còn sau khi khôi phục", StringComparison.Ordinal),
                TimeSpan.FromSeconds(20), "the tenant did not come back once its database was restored");
            Assert.Empty(await DegradedTenantsAsync(host));
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }

    private static async Task<(string, string)> CreateTwoCommunesAsync(CmsHost host)
    {
        var lost = TenantFactory.UniqueName("gia-hoa");
        var other = TenantFactory.UniqueName("gia-tan");
        await TenantFactory.CreateAsync(host, new TenantSpec(lost, "Xã Gia Hòa", lost, [], null));
        await TenantFactory.CreateAsync(host, new TenantSpec(other, "Xã Gia Tân", other, [], null));
        return (lost, other);
    }

    private static object News(string title) => new { title, lead = "Tóm tắt.", bodyHtml = "<p>Nội dung.</p>", byline = "Phóng viên" };

    /// <summary>The description of /health's tenants check when it is degraded; empty when it is healthy.</summary>
    private static async Task<string> DegradedTenantsAsync(CmsHost host)
    {
        using var response = await host.Browser().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var tenants = json.RootElement.GetProperty("checks").GetProperty("tenants");
        if (tenants.GetProperty("status").GetString() == "Healthy")
        {
            return "";
        }

        Assert.Equal("Degraded", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Degraded", tenants.GetProperty("status").GetString());
        return tenants.GetProperty("description").GetString()!;
    }

    /// <summary>
    /// Error events of the log files that name the tenant (the suite logs warnings and errors), once there is one: the
    /// log's sink writes on a thread of its own, after the request that failed has answered.
    /// </summary>
    private static async Task<int> CountErrorsAboutAsync(CmsHost host, string tenant)
    {
        var errors = 0;
        await Eventually.ThatAsync(() => Task.FromResult((errors = LogFiles.ReadAll(host.DataPath).Split('\n')
                .Count(line => line.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) && line.Contains(tenant, StringComparison.Ordinal))) > 0),
            LogFiles.Patience, $"no error about {tenant} was logged");
        return errors;
    }
}

public sealed class LostDatabaseOnSqlite() : LostDatabaseBehaviour(DatabaseProvider.Sqlite);

public sealed class LostDatabaseOnPostgreSql() : LostDatabaseBehaviour(DatabaseProvider.PostgreSql);
