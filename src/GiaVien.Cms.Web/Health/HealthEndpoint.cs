using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaVien.Cms.Web.Health;

/// <summary><c>/health</c>: 200 when every dependency is healthy, 503 otherwise, with each dependency's status as JSON.</summary>
public static class HealthEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        var report = await context.RequestServices.GetRequiredService<HealthCheckService>().CheckHealthAsync(context.RequestAborted);
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
