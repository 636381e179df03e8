using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Cluster;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.TenantDatabases;

/// <summary>An installation on PostgreSQL and Redis (several nodes) running as one in-process node.</summary>
public sealed class SeveralNodesHost : DemoHost
{
    public SeveralNodesHost() : base(DatabaseProvider.PostgreSql) => Settings = new Dictionary<string, string>
    {
        ["Cms:Redis:Configuration"] = ClusterNodes.Redis,
        ["Cms:Redis:KeyPrefix"] = "gv_choice_" + Guid.NewGuid().ToString("N")[..8],
    };
}

/// <summary>
/// On several nodes a SQLite file would live on one node's disk while the others serve an empty site: the form offers the
/// configured provider first and selected, and SQLite is refused on the server, whatever path creates the tenant.
/// </summary>
public sealed class TenantProviderChoiceTests(SeveralNodesHost host) : IClassFixture<SeveralNodesHost>
{
    [Fact]
    public async Task The_create_form_preselects_the_configured_provider()
    {
        var admin = await TenantAdminClient.SignInAsync(host);

        var form = await admin.Client.GetStringAsync("/admin/tenants/create");

        Assert.Contains("<option value=\"PostgreSql\" selected=\"selected\">", form);
        Assert.DoesNotContain("<option value=\"Sqlite\" selected", form);
    }

    [Fact]
    public async Task A_sqlite_tenant_is_refused_with_a_vietnamese_message_and_the_form_keeps_its_input()
    {
        var admin = await TenantAdminClient.SignInAsync(host);
        var name = TenantFactory.UniqueName("gia-lac");

        using var response = await admin.Client.PostFormAsync("/admin/tenants/create", null, new Dictionary<string, string>
        {
            ["Name"] = name, ["DisplayName"] = "UBND xã Gia Lạc", ["UrlPrefix"] = name, ["HostNames"] = "", ["DatabaseProvider"] = "Sqlite",
            ["Recipe"] = "giavien-commune", ["AdminUserName"] = "quantri", ["AdminEmail"] = "", ["AdminPassword"] = CmsHost.AdminPassword, ["UseSetupLink"] = "false",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("chạy trên nhiều máy chủ", html);
        Assert.Contains($"value=\"{name}\"", html);
        Assert.Contains("value=\"UBND xã Gia Lạc\"", html);
        Assert.Null(host.Registry.Map.Find(name));
    }

    [Fact]
    public async Task Every_other_creation_path_refuses_sqlite_too()
    {
        // The CLI import, archive restores and a recipe's Tenants step all create through the registry.
        var name = TenantFactory.UniqueName("gia-lac");

        var refused = await Assert.ThrowsAsync<TenantException>(() =>
            host.Registry.CreateAsync(new TenantSpec(name, "UBND xã Gia Lạc", name, [], "giavien-commune", DatabaseProvider.Sqlite)));

        Assert.Equal(nameof(TenantSpec.DatabaseProvider), refused.Field);
        Assert.Null(host.Registry.Map.Find(name));
        Assert.False(File.Exists(host.DataFolder.TenantDatabaseFile(name)));
    }
}
