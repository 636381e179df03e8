using Microsoft.AspNetCore.Authentication;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// ASP.NET Core's authentication, run only for requests that carry a cookie. The one default scheme is the sign-in
/// cookie and the API token scheme is asked for by its own authorization policy, so a request without any cookie (most
/// page views, every output cache hit) can only be anonymous: it skips making and running the cookie handler. A request
/// with any cookie, whichever, is authenticated exactly as before, so a signed-in editor is recognised and bypasses the
/// output cache.
/// </summary>
public sealed class CookieRequestAuthentication(RequestDelegate next, IAuthenticationSchemeProvider schemes)
{
    private readonly AuthenticationMiddleware _authentication = new(next, schemes);

    public Task InvokeAsync(HttpContext context) =>
        context.Request.Headers.Cookie.Count > 0 ? _authentication.Invoke(context) : next(context);
}

public static class CookieRequestAuthenticationExtensions
{
    /// <summary>
    /// The flag <c>UseAuthentication</c> sets. Without it, <c>WebApplication</c> adds its own authentication at the very
    /// start of the pipeline, before the tenant is known and the tenant's cookie names are in place: the editor's cookie
    /// would go unread, and that first (anonymous) result would be the one kept for the request.
    /// OutputCacheTests' signed-in editor test fails if this key ever stops being honoured.
    /// </summary>
    private const string AuthenticationMiddlewareSetKey = "__AuthenticationMiddlewareSet";

    public static void UseAuthenticationOfCookieRequests(this IApplicationBuilder app)
    {
        app.Properties[AuthenticationMiddlewareSetKey] = true;
        app.UseMiddleware<CookieRequestAuthentication>();
    }
}
