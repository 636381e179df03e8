namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Headers every response carries — pages, feeds, media, theme files, errors: no content-type sniffing (an uploaded
/// file is never run as a script or page), only the origin sent as referrer to other sites, and HSTS over HTTPS.
/// Set when the response starts, so an error page or a cached response gets them too.
/// (The Content-Security-Policy has its own middleware.)
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>One year; subdomains are left out, since a commune's own host name may not have a certificate yet.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            if (http.Request.IsHttps)
            {
                headers.StrictTransportSecurity = StrictTransportSecurity;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
