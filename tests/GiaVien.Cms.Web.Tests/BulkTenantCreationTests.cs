using System.Net;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Hosting;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary><c>tenant create-many</c>: a province's communes created from one list, each set up as from the admin.</summary>
public sealed class BulkTenantCreationTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task Every_listed_tenant_is_created_running_with_its_first_administrator_and_a_bad_line_is_reported()
    {
        var names = Enumerable.Range(1, 6).Select(i => TenantFactory.UniqueName($"xa-{i}")).ToList();
        var taken = "gia-hoa";
        var list = Path.Combine(host.DataPath, "communes.tsv");
        await File.WriteAllLinesAsync(list,
        [
            "# tên định danh, tên hiển thị, tiền tố",
            .. names.Select((n, i) => $"{n}\tXã thử nghiệm {i + 1}"),
            "",
            $"{taken}-moi\tXã trùng tiền tố\t{taken}",
        ]);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLine.ExecuteAsync(["tenant", "create-many", list, "--parallel", "3"], host.Services, output, error);

        Assert.Equal(1, exit);
        Assert.Contains($"Đã tạo 6/7 đơn vị", output.ToString());
        Assert.Contains($"{taken}-moi", error.ToString());
        Assert.All(names, n => Assert.Equal(TenantState.Running, host.Registry.Map.Find(n)!.State));
        Assert.Equal("Xã thử nghiệm 3", host.Registry.Map.Find(names[2])!.DisplayName);
        var (status, html) = await host.Browser().GetPageAsync($"/{names[4]}/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Xã thử nghiệm 5", html);
        using var signIn = await host.Browser().SignInAsync($"/{names[0]}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
