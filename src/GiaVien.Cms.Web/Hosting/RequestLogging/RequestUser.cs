using System.Security.Principal;
using Microsoft.AspNetCore.Http.Features.Authentication;

namespace GiaVien.Cms.Web.Hosting.RequestLogging;

/// <summary>
/// The signed-in user of a request as the request log asks for it, without making one. <c>HttpContext.User</c> makes an
/// anonymous principal (and its authentication feature) on first read when no authentication ran, which is every
/// request without a cookie: on a cached hit answered before the pipeline, the log was the only reader.
/// </summary>
internal static class RequestUser
{
    /// <summary>The identity authentication set, or null when none ran (the request is then anonymous).</summary>
    public static IIdentity? Of(HttpContext context) => context.Features.Get<IHttpAuthenticationFeature>()?.User?.Identity;
}
