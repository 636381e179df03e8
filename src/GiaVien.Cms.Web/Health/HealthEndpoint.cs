using GiaVien.Cms.Web.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GiaVien.Cms.Web.Health;

/// <summary><c>/health</c>: 200 when every dependency is healthy, 503 otherwise, with each dependency's status as JSON.</summary>
public static class HealthEndpoint
{
    public static async Task WriteAsync(HttpContext context)
    {
        // Absent only where the endpoint runs without the web host's start (a unit test's container).
        if (context.RequestServices.GetService<WarmUpAfterFirstHealth>() is { HealthAnswered: false } warmUp)
        {
            // Once the answer is sent: the warm-up must not compete with the work of this first answer.
            context.Response.OnCompleted(() =>
            {
                warmUp.OnHealthAnswered();
                return Task.CompletedTask;
            });
        }

        var report = await context.RequestServices.GetRequiredService<HealthCheckService>().CheckHealthAsync(context.RequestAborted);
        context.Response.StatusCode = report.Status == HealthStatus.Unhealthy ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        context.Response.Headers.CacheControl = "no-store";
        await HealthJson.WriteAsync(context.Response, json =>
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description);
                json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }, context.RequestAborted);
    }
}
