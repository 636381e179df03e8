namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Authentication only for requests that carry a cookie. The one default scheme is the sign-in cookie, and the API
/// token scheme is asked for by its own authorization policy, so a request without any cookie (most public page views,
/// all of the output cache's hits) can only be anonymous: it skips creating and running the cookie handler. A request
/// with any cookie, whichever, goes through authentication as before, so what a signed-in editor sees is unchanged.
/// </summary>
public static class CookieAuthentication
{
    public static void UseAuthenticationOfCookieRequests(this IApplicationBuilder app) =>
        app.UseWhen(static context => context.Request.Headers.Cookie.Count > 0, static branch => branch.UseAuthentication());
}
