using GiaVien.Cms.Tenants;
using Serilog.Events;

namespace GiaVien.Cms.Web.Hosting;

/// <summary>
/// The level of a request's completion event: Error for an exception or a server error, Information otherwise,
/// and for the 503 a tenant answers while it is being set up or is disabled (expected, with Retry-After).
/// </summary>
internal static class RequestLogLevel
{
    public static LogEventLevel Of(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null ? LogEventLevel.Error
        : context.Response.StatusCode >= 500 && !TenantStatusResponse.IsExpected(context) ? LogEventLevel.Error
        : LogEventLevel.Information;
}
