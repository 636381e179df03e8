using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Once host names (or <c>Cms:PublicBaseUrl</c>) are configured, a request for any other host is refused before
/// a tenant is chosen: such a request is a misrouted client or a Host header made up to poison links and caches.
/// Loopback names stay allowed for the machine's own checks.
/// </summary>
public sealed class KnownHosts(RequestDelegate next, PublicOrigins origins)
{
    public const string Message = "Tên miền này không thuộc cổng thông tin điện tử.";

    // Not async: a known host passes straight on, with no state machine of its own per request.
    public Task InvokeAsync(HttpContext context)
    {
        if (origins.RefusesUnknownHosts && !origins.IsKnownHost(context.Request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsync(Message, context.RequestAborted);
        }

        return next(context);
    }
}
