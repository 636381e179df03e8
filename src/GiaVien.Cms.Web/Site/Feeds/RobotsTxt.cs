using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site.Feeds;

/// <summary>
/// <c>/robots.txt</c>. Crawlers read it only at a host's root, so the site answering there also lists the sitemaps of
/// the tenants reached under a URL prefix of the same host.
/// </summary>
public static class RobotsTxt
{
    public static IResult Render(HttpContext context, TenantRegistry registry)
    {
        var origin = context.RequestServices.GetRequiredService<PublicOrigins>().Origin(context);
        var lines = new List<string> { "User-agent: *", "Allow: /", $"Disallow: {context.Request.PathBase}/admin", $"Disallow: {context.Request.PathBase}/api/", "" };
        lines.Add($"Sitemap: {PageRenderer.BaseUrl(context)}/sitemap.xml");
        var shell = context.Features.Get<ShellContext>();
        if (shell?.Tenant.IsDefault == true)
        {
            foreach (var tenant in registry.Map.Tenants.Where(t => t.State == TenantState.Running && !t.IsDefault).OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                foreach (var binding in tenant.Bindings.Where(b => b.Host.Length == 0 && b.Prefix.Length > 0))
                {
                    lines.Add($"Sitemap: {origin}/{binding.Prefix}/sitemap.xml");
                }
            }
        }

        return Results.Text(string.Join('\n', lines) + "\n", "text/plain; charset=utf-8");
    }
}
