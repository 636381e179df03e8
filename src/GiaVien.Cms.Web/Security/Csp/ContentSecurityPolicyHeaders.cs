namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Sets the Content-Security-Policy on every response, chosen when the response starts from what it is (an HTML
/// page of the admin or of the site, a PDF, anything else). Runs first, so status and error pages get it too.
/// </summary>
public sealed class ContentSecurityPolicyHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            var type = http.Response.ContentType ?? "";
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                var nonce = CspNonce.Of(http);
                if (AdminRequests.IsAdmin(http))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicies.AdminPage(nonce);
                    // A page elsewhere on the origin that opens the admin in a window gets no handle on its document.
                    headers["Cross-Origin-Opener-Policy"] = "same-origin";
                    headers.XFrameOptions = "DENY";
                }
                else
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicies.PublicPage(nonce);
                }
            }
            else
            {
                headers.ContentSecurityPolicy = type.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase)
                    ? ContentSecurityPolicies.PdfDocument
                    : ContentSecurityPolicies.NotAPage;
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
