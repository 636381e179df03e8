using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Hosting;

namespace GiaVien.Cms.Web.Health;

/// <summary>
/// <c>/health/ready</c>, for load balancers: 200 once this node can serve the district portal (the host registry
/// migrated and its tenant records read after the start, first-run setup finished, the district's schema migrated,
/// the request endpoints built (<see cref="EndpointsAtStart"/>), its shell active and its home rendered once by <see cref="DistrictHomeWarmUp"/>, so the first page a visitor gets
/// after a start is quick), 503
/// while it is setting up and again once it begins to stop, so a balancer sends it no new visitors. It costs the same
/// with one tenant or a thousand: other tenants are activated on their first visit. <c>/health</c> stays the liveness
/// check (the process and its dependencies answer).
/// </summary>
public static class ReadinessEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        var reason = await NotReadyReasonAsync(context.RequestServices, context.RequestAborted);
        context.Response.StatusCode = reason is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.CacheControl = "no-store";
        await HealthJson.WriteAsync(context.Response, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", reason is null ? "Ready" : "NotReady");
            json.WriteString("reason", reason);
            json.WriteEndObject();
        }, context.RequestAborted);
    }

    /// <summary>
    /// Why this node is not ready, or null when it is: what <c>/health/ready</c> answers, for code in the process that
    /// waits for readiness without a request (a request would count as a routine request in the request log).
    /// </summary>
    public static async Task<string?> NotReadyReasonAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested)
        {
            return "The node is stopping.";
        }

        var registry = services.GetRequiredService<TenantRegistry>();
        if (!registry.IsLoaded)
        {
            return "The tenant registry is being brought up to date after the start.";
        }

        var district = registry.Map.Find(TenantRecord.DefaultName);
        if (district?.State != TenantState.Running)
        {
            return $"The district site is {district?.State.ToString() ?? "not created yet"}.";
        }

        if (!services.GetRequiredService<EndpointsAtStart>().IsBuilt)
        {
            return "The request endpoints (the admin's pages) are being built after the start.";
        }

        if (!services.GetRequiredService<DistrictHomeWarmUp>().IsFinished)
        {
            return "The district home's first render after the start is under way.";
        }

        try
        {
            await services.GetRequiredService<ShellHost>().GetAsync(district, cancellationToken);
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "The district site's database could not be opened: " + e.Message;
        }
    }
}
