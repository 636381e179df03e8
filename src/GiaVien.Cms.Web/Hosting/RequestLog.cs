using GiaVien.Cms.Tenants;
using Serilog;
using Serilog.AspNetCore;
using Serilog.Events;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// One event per request (tenant, path, status, duration, request id, user), kept cheap: it is written to the log
/// file through a background queue, and in production reaches the console only when something went wrong (a server
/// error, an exception or a slow request), so a busy site does not spend its cores printing successful requests.
/// </summary>
public static class RequestLog
{
    /// <summary>The source of the completion events written by Serilog's request logging middleware.</summary>
    public const string Source = "Serilog.AspNetCore.RequestLoggingMiddleware";

    /// <summary>A request slower than this is logged as a warning, so it shows on the console too.</summary>
    public static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(2);

    /// <summary>True for a routine request event (below warning): the file keeps it, a production console skips it.</summary>
    public static bool IsRoutine(LogEvent logEvent) =>
        logEvent.Level < LogEventLevel.Warning
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: Source };

    public static void UseCmsRequestLog(this WebApplication app) => app.UseSerilogRequestLogging(Configure(app.Services));

    private static Action<RequestLoggingOptions> Configure(IServiceProvider services) => options =>
    {
        options.Logger = services.GetRequiredService<Serilog.ILogger>();
        options.GetLevel = Level;
        options.EnrichDiagnosticContext = (diagnostics, context) =>
        {
            // The completion event is written outside the tenant's log context, so it is enriched here.
            diagnostics.Set("Tenant", context.Features.Get<TenantMatch>()?.Tenant.Name);
            diagnostics.Set("RequestId", context.TraceIdentifier);
            diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
            diagnostics.Set("UserName", context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name : null);
        };
    };

    // A 503 is a status page given on purpose (tenant disabled, being set up, failed: its failure is logged once as an
    // error), so a failed tenant does not log an error per request; exceptions and other 5xx stay errors.
    internal static LogEventLevel Level(HttpContext context, double elapsedMs, Exception? exception) =>
        exception is not null || context.Response.StatusCode is >= StatusCodes.Status500InternalServerError and not StatusCodes.Status503ServiceUnavailable
            ? LogEventLevel.Error
        : elapsedMs > SlowRequest.TotalMilliseconds ? LogEventLevel.Warning
        : LogEventLevel.Information;
}
