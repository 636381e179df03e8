using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Tests;

public sealed class TenantMapTests
{
    private static readonly TenantMap Map = new(
    [
        Tenant("default", ("", "")),
        Tenant("gia-hoa", ("", "gia-hoa")),
        Tenant("gia-tan", ("giatan.giavien.vn", "")),
        Tenant("phu-nu", ("*.hoiphunu.vn", "")),
        Tenant("doan", ("giavien.vn", "doan")),
        Tenant("portal", ("giavien.vn", "")),
    ]);

    [Theory]
    [InlineData("localhost", "/", "default", null)]
    [InlineData("localhost", "/gia-hoa/tin-tuc/x", "gia-hoa", "gia-hoa")]
    [InlineData("localhost", "/GIA-HOA", "gia-hoa", "gia-hoa")]
    [InlineData("localhost", "/gia-hoax", "default", null)]
    [InlineData("GiaTan.GiaVien.vn", "/", "gia-tan", null)]
    [InlineData("giatan.giavien.vn:8080", "/gia-hoa", "gia-tan", null)]
    [InlineData("xa.gia-lac.hoiphunu.vn", "/", "phu-nu", null)]
    [InlineData("hoiphunu.vn", "/", "default", null)]
    [InlineData("giavien.vn", "/doan/tin", "doan", "doan")]
    [InlineData("giavien.vn", "/khac", "portal", null)]
    [InlineData("giavien.vn.", "/", "portal", null)]
    public void Resolves_host_and_prefix_then_host_then_prefix_then_default(string host, string path, string tenant, string? prefix)
    {
        var segment = path.Trim('/').Split('/')[0];
        var match = Map.Resolve(host, segment.Length == 0 ? null : segment);
        Assert.NotNull(match);
        Assert.Equal(tenant, match.Tenant.Name);
        Assert.Equal(prefix, match.Prefix);
    }

    [Fact]
    public void Without_a_default_tenant_an_unknown_address_matches_nothing() =>
        Assert.Null(new TenantMap([Tenant("gia-hoa", ("", "gia-hoa"))]).Resolve("localhost", "khac"));

    [Theory]
    [InlineData("giavien.vn", "doan")]
    [InlineData("xa.gia-lac.hoiphunu.vn:8080", "tin-tuc")]
    [InlineData("127.0.0.1:5000", "gia-hoa")]
    [InlineData("127.0.0.1:5000", "chuyen-muc")]
    public void Resolving_a_request_allocates_nothing(string host, string segment)
    {
        // Once per request on every page, cached or not: a garbage-free look-up keeps the cache's hit path lean.
        var first = Map.Resolve(host, segment);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var same = 0;
        for (var i = 0; i < 100; i++)
        {
            same += ReferenceEquals(first, Map.Resolve(host, segment)) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, same);
        Assert.Equal(0, allocated);
    }

    private static TenantRecord Tenant(string name, params (string Host, string Prefix)[] bindings) => new()
    {
        Name = name,
        DisplayName = name,
        State = TenantState.Running,
        Bindings = bindings.Select(b => new TenantBinding { Host = b.Host, Prefix = b.Prefix, TenantName = name }).ToList(),
    };
}
