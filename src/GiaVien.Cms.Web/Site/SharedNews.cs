using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.District;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// "Tin cơ sở" on the district portal: the newest news that communes and organisations share with the district
/// (their site setting <c>ShareNewsWithDistrict</c> and the item's "share" box), each labelled with its tenant.
/// Read from the district's read model in one query, whatever the number of tenants; links are built from each
/// tenant's current addresses. An item's view model is made once per read-model record and address (<see cref="NewsSummaries"/>),
/// so its markup and the "Tin cơ sở" block's are kept like the tenant's own news.
/// </summary>
public sealed class SharedNews(SharedSummaries shared)
{
    public const int Count = 8;

    public async Task<IReadOnlyList<NewsSummaryViewModel>> LatestAsync(HttpContext context) =>
        (await shared.NewestAsync(Count, context.RequestAborted)).Select(s => NewsSummaries.Of(s, HomeUrl(s.Tenant, context), View)).ToList();

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

    private static NewsSummaryViewModel View(SharedSummary shared, string home) =>
        NewsPresenter.Summary(shared.Item, home) with { Source = new LinkViewModel(shared.SourceName, home + "/") };
}
