using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Stopping and starting the process loses nothing and does not set anything up twice.</summary>
public abstract class RestartBehaviour(DatabaseProvider provider)
{
    [Fact]
    public async Task A_restart_keeps_tenants_content_users_and_states()
    {
        var first = await new CmsHost(provider).StartAsync();
        CmsHost? second = null;
        try
        {
            var name = TenantFactory.UniqueName("gia-phong");
            await TenantFactory.CreateAsync(first, new TenantSpec(name, "Xã Gia Phong", null, [$"{name}.vn"], null));
            await first.Registry.SetStateAsync("mat-tran", TenantState.Disabled);
            var homeBefore = HttpExtensions.WithoutNonces((await first.Browser().GetPageAsync("/thi-tran-me/")).Html);
            await first.DisposeAsync();

            second = await first.Restarted().StartAsync(expectedTenants: 5);

            Assert.Equal(5, second.Registry.Map.Tenants.Count);
            Assert.Equal(TenantState.Disabled, second.Registry.Map.Find("mat-tran")!.State);
            Assert.Equal(TenantState.Running, second.Registry.Map.Find(name)!.State);
            Assert.Equal(homeBefore, HttpExtensions.WithoutNonces((await second.Browser().GetPageAsync("/thi-tran-me/")).Html));
            Assert.Contains("class=\"site-name\">Xã Gia Phong<", (await second.Browser($"{name}.vn").GetPageAsync("/")).Html);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await second.Browser().GetPageAsync("/mat-tran/")).Status);
            using var signIn = await second.Browser($"{name}.vn").SignInAsync("", CmsHost.AdminUserName, CmsHost.AdminPassword);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
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
}

public sealed class RestartOnSqlite() : RestartBehaviour(DatabaseProvider.Sqlite);

public sealed class RestartOnPostgreSql() : RestartBehaviour(DatabaseProvider.PostgreSql);
