using GiaVien.Cms.Tenants;
using GiaVien.Cms.Visits;
using GiaVien.Cms.Web.Security.Csp;
using Microsoft.Net.Http.Headers;

namespace GiaVien.Cms.Web.Site.Caching.Front;

/// <summary>
/// Answers a hit of the output cache right after the tenant is known, instead of at the end of the pipeline: a cached
/// page used to go through some fifteen middlewares (media, cookies, compression, static files, routing, the admin's
/// guard, authentication, the output cache's key, lookup and per-request objects) that have nothing to do for it.
/// What a hit still needs is done here as the cache would: the visit is counted, the tenant's hit is counted, the
/// entry's status and headers and an <c>Age</c> are set, and the body is written with the response's own nonce where
/// the page's <see cref="NonceSpots"/> say. What runs before (request log, security headers, Content-Security-Policy, error
/// handler, tenant, metrics tag) is unchanged. A request <see cref="FrontPages"/> does not hold goes on as before.
/// </summary>
public static class FrontPageServing
{
    public static void UseStoredPagesInFront(this IApplicationBuilder app)
    {
        var pages = app.ApplicationServices.GetRequiredService<FrontPages>();
        var metrics = app.ApplicationServices.GetRequiredService<CmsMetrics>();
        app.MapWhen(pages.Holds, front =>
        {
            front.UseVisitCounting();
            front.Run(context => ServeAsync(context, metrics));
        });
    }

    private static async Task ServeAsync(HttpContext context, CmsMetrics metrics)
    {
        var page = FrontPages.Of(context);
        metrics.CacheHit(context.Features.Get<ShellContext>()!.Name);
        ServedFromCache.Mark(context);

        var response = context.Response;
        response.StatusCode = page.Status;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        // Whole seconds, as the output cache tells it.
        var age = Math.Max(0, DateTimeOffset.UtcNow.UtcTicks - page.CreatedTicks) / TimeSpan.TicksPerSecond;
        headers.Age = HeaderUtilities.FormatNonNegativeInt64(age);

        try
        {
            // Every header is set: starting now lets the server write the body straight into the connection's buffers
            // (and runs the Content-Security-Policy's callback, which makes the response's nonce).
            await response.StartAsync(context.RequestAborted);
            var writer = response.BodyWriter;
            page.NonceSpots.Write(writer, page.Body.Span, CspNonce.Of(context));
            await writer.FlushAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The visitor went away, as the output cache handles it.
            context.Abort();
        }
    }
}
