using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace GiaVien.Cms.Web.Site.Caching.Compression;

/// <summary>
/// The response body as it was before per-response compression wrapped it: the server's own. A page the output cache
/// stored compressed (<see cref="SplicedGzip"/>) is already encoded, so the framework's compression would only pass it
/// on, through a stream adapter of its own (one more copy into its segments and an asynchronous write per flush, about
/// a tenth of a browser's cached hit in the round 12 profile); the nonce writer sends such a page here instead
/// (<see cref="Security.Csp.NonceSubstitutionWriter"/>).
/// </summary>
internal static class BodyBeneathCompression
{
    // The feature is kept under this type's key, so that nothing is allocated per request to hold it.
    private static readonly Type Key = typeof(BodyBeneathCompression);

    /// <summary>Keeps the body of the requests going into <paramref name="branch"/>; to be used right before its compression.</summary>
    public static void KeepBodyBeneathCompression(this IApplicationBuilder branch) =>
        branch.Use(static (context, next) =>
        {
            // Compression wraps the body only of a request that takes an encoding: for the others (and on a plain
            // client's hit) nothing is kept, since a feature set mid-request makes the context look its features up again.
            if (!StringValues.IsNullOrEmpty(context.Request.Headers.AcceptEncoding))
            {
                context.Features[Key] = context.Features.Get<IHttpResponseBodyFeature>();
            }

            return next(context);
        });

    /// <summary>The body beneath compression, or null for a request that did not pass it (the admin, or a test's own pipeline).</summary>
    public static IHttpResponseBodyFeature? Of(HttpContext context) => context.Features[Key] as IHttpResponseBodyFeature;
}
