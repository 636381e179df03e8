using System.Text.Json;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>A demo host that logs at Information, as production does.</summary>
public sealed class InformationLoggingHost : DemoHost
{
    public InformationLoggingHost() : base(DatabaseProvider.Sqlite) => MinimumLogLevel = "Information";
}

public sealed class LoggingTests(InformationLoggingHost host) : IClassFixture<InformationLoggingHost>
{

    [Fact]
    public async Task Each_request_is_one_log_line_with_tenant_request_id_and_full_path()
    {
        await host.Browser().GetPageAsync("/gia-hoa/khong-co-trang-nay");

        var request = Assert.Single(await RequestEventsAsync("/gia-hoa/khong-co-trang-nay"));
        Assert.Equal("gia-hoa", request.GetProperty("Tenant").GetString());
        Assert.Equal(404, request.GetProperty("StatusCode").GetInt32());
        Assert.False(string.IsNullOrEmpty(request.GetProperty("RequestId").GetString()));
    }

    [Fact]
    public async Task An_event_logged_while_a_tenant_serves_a_request_carries_the_tenant_and_the_request_id()
    {
        // A script's request to the admin is refused and logged by code running inside the tenant's pipeline.
        var request = new HttpRequestMessage(HttpMethod.Get, "/gia-hoa/admin/khong-qua-trang-khac");
        request.Headers.Add("Sec-Fetch-Mode", "cors");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        var response = await host.CreateClient().SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);

        static bool Refused(JsonElement e) =>
            e.GetProperty("@mt").GetString()!.StartsWith("Admin request", StringComparison.Ordinal)
            && e.GetProperty("Path").GetString() == "/admin/khong-qua-trang-khac";
        var events = await LogFiles.EventsOnceAsync(host.DataPath, events => events.Any(Refused), "the refusal was not logged");
        var refusal = Assert.Single(events, Refused);
        var logged = Assert.Single(await RequestEventsAsync("/gia-hoa/admin/khong-qua-trang-khac"));
        Assert.Equal("gia-hoa", refusal.GetProperty("Tenant").GetString());
        Assert.Equal(logged.GetProperty("RequestId").GetString(), refusal.GetProperty("RequestId").GetString());
    }

    [Fact]
    public async Task A_tenant_being_set_up_answers_503_logged_at_information_not_error()
    {
        var name = TenantFactory.UniqueName("dang-tao");
        await host.Registry.CreateAsync(new TenantSpec(name, "Xã Gia Phong", name, [], "giavien-commune"));
        await host.Registry.SetStateAsync(name, TenantState.Initializing);

        var response = await host.CreateClient().GetAsync($"/{name}/");

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var request = Assert.Single(await RequestEventsAsync($"/{name}/"));
        // Compact JSON leaves "@l" out for Information.
        Assert.False(request.TryGetProperty("@l", out var level), $"logged at {level}");
    }

    [Fact]
    public async Task Setup_events_carry_the_tenant_they_concern()
    {
        static bool Applied(JsonElement e) => e.GetProperty("@mt").GetString()!.StartsWith("Recipe {Recipe} applied", StringComparison.Ordinal);
        var events = await LogFiles.EventsOnceAsync(host.DataPath, events => events.Count(Applied) >= 4, "the demo's four setups were not all logged");
        Assert.Equal(["default", "gia-hoa", "mat-tran", "thi-tran-me"], events.Where(Applied).Select(e => e.GetProperty("Tenant").GetString()).Order());
    }

    [Fact]
    public async Task The_generated_or_configured_password_never_reaches_the_log()
    {
        var text = LogFiles.ReadAll(host.DataPath);
        Assert.DoesNotContain(CmsHost.AdminPassword, text);
        await Task.CompletedTask;
    }

    /// <summary>The events of the requests to <paramref name="path"/>, once one is in the file (the sink writes after the response).</summary>
    private async Task<List<JsonElement>> RequestEventsAsync(string path)
    {
        bool OfThePath(JsonElement e) => e.TryGetProperty("RequestPath", out var p) && p.GetString() == path && e.TryGetProperty("StatusCode", out _);
        var events = await LogFiles.EventsOnceAsync(host.DataPath, events => events.Any(OfThePath), $"no event of the request to {path} was logged");
        return events.Where(OfThePath).ToList();
    }
}
