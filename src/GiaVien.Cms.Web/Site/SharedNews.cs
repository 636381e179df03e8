using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// "Tin cơ sở" on the district portal: the newest news that communes and organisations share with the district
/// (their site setting <c>ShareNewsWithDistrict</c> and the item's "share" box), each labelled with its tenant.
/// One small query per tenant, through that tenant's own database; the district's output cache keeps the result.
/// </summary>
public sealed class SharedNews(TenantRegistry registry, ShellHost shells, TenantFailures failures, ContentSummaryFields summaries, ILogger<SharedNews> logger)
{
    public const int Count = 8;
    public const int PerTenant = 3;

    // Items are read a few more than shown, since unshared ones are skipped after reading.
    private const int ReadPerTenant = 12;

    public async Task<IReadOnlyList<NewsSummaryViewModel>> LatestAsync(HttpContext context)
    {
        var all = new List<(ContentSummary Item, NewsSummaryViewModel View)>();
        // A failed tenant (database missing) is skipped: its links would lead to its 503 page.
        foreach (var tenant in registry.Map.Tenants.Where(t => t.State == TenantState.Running && !t.IsDefault && !failures.IsFailed(t.Name)))
        {
            try
            {
                all.AddRange(await FromTenantAsync(tenant, context));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One commune's database being unavailable must not take the district's home page down.
                if (!await failures.ReportAsync(tenant, e))
                {
                    logger.LogWarning(e, "Shared news of tenant {SharedTenant} could not be read", tenant.Name);
                }
            }
        }

        return all.NewestFirst(x => x.Item).Take(Count).Select(x => x.View).ToList();
    }

    /// <summary>The tenant's home as a link from the district: its prefix on any host, else its first host name.</summary>
    public static string HomeUrl(TenantRecord tenant, HttpContext context)
    {
        var binding = tenant.Bindings.OrderBy(b => b.Host.Length == 0 ? 0 : 1).FirstOrDefault();
        if (binding is null)
        {
            return "/";
        }

        var prefix = binding.Prefix.Length > 0 ? "/" + binding.Prefix : "";
        return binding.Host.Length == 0 ? prefix : $"{context.Request.Scheme}://{binding.Host}{prefix}";
    }

    private async Task<IEnumerable<(ContentSummary, NewsSummaryViewModel)>> FromTenantAsync(TenantRecord tenant, HttpContext context)
    {
        var shell = await shells.GetForBackgroundAsync(tenant, context.RequestAborted);
        await using var db = shell.CreateDbContext();
        var share = await db.Settings.AsNoTracking().Where(s => s.Name == SiteSettingNames.ShareNewsWithDistrict).Select(s => s.Value).FirstOrDefaultAsync(context.RequestAborted);
        if (!string.Equals(share, "true", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var siteName = await db.Settings.AsNoTracking().Where(s => s.Name == SiteSettingNames.SiteName).Select(s => s.Value).FirstOrDefaultAsync(context.RequestAborted)
            ?? tenant.DisplayName;
        var home = HomeUrl(tenant, context);
        var source = new LinkViewModel(siteName, home + "/");
        var items = await new PublishedQueries(db, summaries).LatestAsync(NewsPresenter.NewsType, 0, ReadPerTenant, cancellationToken: context.RequestAborted);
        return items.Where(i => i.ShareWithDistrict).Take(PerTenant)
            .Select(i => (i, NewsPresenter.Summary(i, home) with { Source = source }))
            .ToList();
    }
}
