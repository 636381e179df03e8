using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

public sealed class TenantValidationTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Theory]
    [InlineData("Gia-Hoa", "Name", "không hợp lệ")]
    [InlineData("admin", "Name", "từ dành riêng")]
    [InlineData("xã-gia-hòa", "Name", "không hợp lệ")]
    [InlineData("", "Name", "không được để trống")]
    public async Task Invalid_names_are_refused_with_a_clear_message(string name, string field, string message)
    {
        var error = await Assert.ThrowsAsync<TenantException>(() => host.Registry.CreateAsync(new TenantSpec(name, "Xã thử", "xa-thu", [], null)));
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.Null(host.Registry.Map.Find(name));
    }

    [Fact]
    public async Task A_prefix_already_used_is_refused_naming_its_owner()
    {
        var error = await Assert.ThrowsAsync<TenantException>(() =>
            host.Registry.CreateAsync(new TenantSpec(TenantFactory.UniqueName("gia-hoa"), "Xã Gia Hòa mới", "gia-hoa", [], null)));
        Assert.True(error.IsConflict);
        Assert.Equal("UrlPrefix", error.Field);
        Assert.Contains("đã được đơn vị \"gia-hoa\" sử dụng", error.Message);
    }

    [Fact]
    public async Task A_host_name_already_used_is_refused_whatever_its_case()
    {
        var first = TenantFactory.UniqueName("gia-sinh");
        await host.Registry.CreateAsync(new TenantSpec(first, "Xã Gia Sinh", null, [$"{first}.vn"], null));

        var error = await Assert.ThrowsAsync<TenantException>(() =>
            host.Registry.CreateAsync(new TenantSpec(TenantFactory.UniqueName("khac"), "Khác", null, [$"{first.ToUpperInvariant()}.VN"], null)));
        Assert.True(error.IsConflict);
        Assert.Equal("HostNames", error.Field);
    }

    [Theory]
    [InlineData("https://gia-vuong.vn")]
    [InlineData("gia vuong.vn")]
    public async Task Invalid_host_names_are_refused(string hostName)
    {
        var error = await Assert.ThrowsAsync<TenantException>(() =>
            host.Registry.CreateAsync(new TenantSpec(TenantFactory.UniqueName("gia-vuong"), "Xã Gia Vượng", null, [hostName], null)));
        Assert.Equal("HostNames", error.Field);
        Assert.Contains("không hợp lệ", error.Message);
    }

    [Fact]
    public async Task A_tenant_needs_a_host_or_a_prefix() =>
        Assert.Contains("ít nhất một tên miền hoặc một tiền tố",
            (await Assert.ThrowsAsync<TenantException>(() => host.Registry.CreateAsync(new TenantSpec(TenantFactory.UniqueName("x"), "X", null, [], null)))).Message);

    [Fact]
    public async Task Two_administrators_creating_the_same_tenant_at_once_get_one_tenant_and_one_conflict()
    {
        var name = TenantFactory.UniqueName("gia-xuan");
        var attempts = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Xuân", name, [], null))))
            .ToList();

        var outcomes = await Task.WhenAll(attempts.Select(async a =>
        {
            try
            {
                await a;
                return "created";
            }
            catch (TenantException e) when (e.IsConflict)
            {
                return "conflict";
            }
        }));

        Assert.Equal(1, outcomes.Count(o => o == "created"));
        Assert.Equal(3, outcomes.Count(o => o == "conflict"));
        Assert.NotNull(host.Registry.Map.Find(name));
    }
}
