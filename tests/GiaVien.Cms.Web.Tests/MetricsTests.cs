using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Per-tenant metrics in Prometheus format at the district's /admin/metrics, for district administrators only.</summary>
public sealed class MetricsTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task A_district_administrator_reads_requests_renders_and_cache_hits_per_tenant()
    {
        await host.Browser().GetAsync("/gia-hoa/tin-tuc");
        await host.Browser().GetAsync("/gia-hoa/tin-tuc");
        await host.Browser().GetAsync("/api/search?q=gia+vien");
        var admin = await EditorClient.SignInAsync(host, "", CmsHost.AdminUserName, CmsHost.AdminPassword);

        using var response = await admin.Http.GetAsync("/admin/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("giavien_output_cache_lookups_total{otel_scope_name=\"GiaVien.Cms\",result=\"hit\",tenant=\"gia-hoa\"}", text);
        Assert.Contains("giavien_page_render_duration_seconds_count{otel_scope_name=\"GiaVien.Cms\",tenant=\"gia-hoa\"}", text);
        Assert.Contains("giavien_search_duration_seconds_count{otel_scope_name=\"GiaVien.Cms\",scope=\"tenant\",tenant=\"default\"}", text);
        Assert.Matches("http_server_request_duration_seconds_count\\{[^}]*tenant=\"gia-hoa\"", text);
        // Dropped on purpose: not per tenant, and two updates of a shared aggregate on every cached hit.
        Assert.DoesNotContain("http_server_active_requests", text);
    }

    [Fact]
    public async Task Anonymous_visitors_and_a_communes_administrator_cannot_read_them()
    {
        using var anonymous = await host.Browser().GetAsync("/admin/metrics");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);

        var commune = await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var onCommune = await commune.Http.GetAsync("/gia-hoa/admin/metrics");
        Assert.Equal(HttpStatusCode.NotFound, onCommune.StatusCode);
    }
}
