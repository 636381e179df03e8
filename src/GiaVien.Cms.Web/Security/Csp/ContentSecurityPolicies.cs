using System.Security.Cryptography;
using System.Text;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// The policies, by kind of response. Scripts run only with the response's nonce (no 'unsafe-inline', no
/// 'unsafe-eval', not even 'self': a script file of the site is not trusted unless the page names it with the nonce).
/// Styles: the site's stylesheets and nonce'd style elements only, so no style attribute or injected style element
/// applies (body HTML and template overrides have none; the theme sets the primary colour in a nonce'd element).
/// </summary>
public static class ContentSecurityPolicies
{
    /// <summary>The plain status pages (error, not set up) are written without a nonce; their one style element is allowed by hash.</summary>
    private static readonly string StatusPageStyle = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(TenantStatusPages.Style)))}'";

    /// <summary>Public pages, status pages and the theme's preview: images may come from other https sites (article bodies link them).</summary>
    public static string PublicPage(string nonce) => string.Join(nonce, PublicPageAroundNonce);

    /// <summary>The admin: never framed, not even by the site itself.</summary>
    public static string AdminPage(string nonce) => string.Join(nonce, AdminPageAroundNonce);

    // The policies' text split where the nonce goes, once: a response's policy is then one allocation of the final
    // length (string.Join), which matters on cached pages served tens of thousands of times a second.
    private static readonly string[] PublicPageAroundNonce = AroundNonce(
        $"default-src 'self'; script-src 'nonce-{NonceMark}'; style-src 'self' 'nonce-{NonceMark}' {StatusPageStyle}; img-src 'self' data: https:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");

    private static readonly string[] AdminPageAroundNonce = AroundNonce(
        $"default-src 'self'; script-src 'nonce-{NonceMark}'; style-src 'self' 'nonce-{NonceMark}'; img-src 'self' data: blob: https:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");

    /// <summary>JSON, feeds, images, files: nothing may load or run should a browser ever render one as a document.</summary>
    public const string NotAPage = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    /// <summary>PDF documents of the media library: the browser's viewer needs its plugin, so only scripts are forbidden.</summary>
    public const string PdfDocument = "script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private const string NonceMark = "{nonce}";

    private static string[] AroundNonce(string policy) => policy.Split(NonceMark);
}
