using GiaVien.Cms.Tenants;
using Microsoft.Net.Http.Headers;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Gives every CMS cookie (<c>.gv.*</c>) a per-tenant name. The district's cookies (path "/") are also sent
/// to tenants under a URL prefix; without distinct names the sign-in and antiforgery cookies of two tenants
/// would collide. Incoming <c>.gv.auth.gia-hoa</c> is presented to ASP.NET Core as <c>.gv.auth</c> and the
/// other tenants' cookies are hidden; outgoing <c>.gv.auth</c> is renamed back.
/// </summary>
public sealed class TenantCookies(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var tenant = context.Features.Get<ShellContext>()?.Name;
        if (tenant is null)
        {
            return next(context);
        }

        // Most public requests carry no cookie and are sent none: nothing is parsed or allocated for them.
        if (context.Request.Headers.Cookie.Count > 0)
        {
            RewriteRequestCookies(context, "." + tenant);
        }

        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            if (http.Response.Headers.SetCookie.Count > 0)
            {
                RewriteResponseCookies(http, "." + http.Features.Get<ShellContext>()!.Name);
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    private static void RewriteRequestCookies(HttpContext context, string suffix)
    {
        var headers = context.Request.Headers;
        if (!CookieHeaderValue.TryParseList(headers.Cookie.OfType<string>().ToList(), out var cookies))
        {
            return;
        }

        var kept = new List<string>();
        foreach (var cookie in cookies)
        {
            var name = cookie.Name.Value ?? "";
            if (!name.StartsWith(CmsSecurity.CookiePrefix, StringComparison.Ordinal))
            {
                kept.Add($"{name}={cookie.Value}");
            }
            else if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                kept.Add($"{name[..^suffix.Length]}={cookie.Value}");
            }
        }

        headers.Cookie = string.Join("; ", kept);
    }

    private static void RewriteResponseCookies(HttpContext context, string suffix)
    {
        var renamed = context.Response.Headers.SetCookie.Select(header =>
        {
            var equals = header!.IndexOf('=', StringComparison.Ordinal);
            return header.StartsWith(CmsSecurity.CookiePrefix, StringComparison.Ordinal) && equals > 0
                ? string.Concat(header.AsSpan(0, equals), suffix, header.AsSpan(equals))
                : header;
        }).ToArray();
        context.Response.Headers.SetCookie = renamed;
    }
}
