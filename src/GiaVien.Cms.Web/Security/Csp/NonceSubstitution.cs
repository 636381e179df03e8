using Microsoft.AspNetCore.Http.Features;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Gives each HTML response its own nonce where a themed page carries <see cref="CspNonce.Placeholder"/>, whether
/// the page was just rendered or comes from the output cache. Sits between compression and the output cache, so it
/// reads the page's own bytes.
/// </summary>
public sealed class NonceSubstitution(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var stream = new NonceSubstitutionStream(original.Stream, context);
        var feature = new StreamResponseBodyFeature(stream, original);
        context.Features.Set<IHttpResponseBodyFeature>(feature);
        try
        {
            await next(context);
            // A response with no body yet is left unstarted, so what runs outside (problem details, error pages) can still write it.
            if (context.Response.HasStarted || feature.Writer.UnflushedBytes > 0)
            {
                await feature.CompleteAsync();
                await stream.FinishAsync();
            }
        }
        finally
        {
            context.Features.Set(original);
        }
    }
}
