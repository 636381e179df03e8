using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.District;

/// <summary>
/// Reads from one member tenant's own database what the district shows of it: nothing unless its site setting
/// <c>ShareNewsWithDistrict</c> is on and news is not a type it switched off; else its newest published news items
/// ticked "share with the district", at most <see cref="PerTenant"/>, labelled with its site name.
/// </summary>
public sealed class SharedSummaryProjector(ShellHost shells, ContentSummaryFields summaries, IEnumerable<IHiddenContentTypes> hiddenTypes)
{
    /// <summary>Items of one tenant the district shows at most, so one busy commune cannot fill "Tin cơ sở".</summary>
    public const int PerTenant = 3;

    // Items are read a few more than kept, since unshared ones are skipped after reading (the flag is in the JSON).
    private const int ReadPerTenant = 12;

    public async Task<List<SharedSummaryRecord>> ReadAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        // The schema is migrated first if this process has not done it yet; an idle tenant's state is not kept.
        var shell = await shells.GetForBackgroundAsync(tenant, cancellationToken);
        await using var db = shell.CreateDbContext();
        var settings = await db.Settings.AsNoTracking()
            .Where(s => s.Name == SiteSettingNames.ShareNewsWithDistrict || s.Name == SiteSettingNames.SiteName)
            .ToDictionaryAsync(s => s.Name, s => s.Value, StringComparer.Ordinal, cancellationToken);
        if (!string.Equals(settings.GetValueOrDefault(SiteSettingNames.ShareNewsWithDistrict), "true", StringComparison.OrdinalIgnoreCase)
            || (await hiddenTypes.CollectAsync(db, cancellationToken)).Contains(NewsPart.TypeName))
        {
            return [];
        }

        var source = settings.GetValueOrDefault(SiteSettingNames.SiteName) ?? tenant.DisplayName;
        var items = await new PublishedQueries(new TenantDb(db), summaries).LatestAsync(NewsPart.TypeName, 0, ReadPerTenant, cancellationToken: cancellationToken);
        return items.Where(i => i.ShareWithDistrict).Take(PerTenant).Select(i => Row(tenant.Name, source, i)).ToList();
    }

    private static SharedSummaryRecord Row(string tenantName, string source, ContentSummary item) => new()
    {
        TenantName = tenantName,
        ContentItemId = item.ContentItemId,
        ContentType = item.ContentType,
        Title = item.Title,
        Path = item.Path,
        Lead = item.Lead,
        ImagePath = item.ImagePath,
        ImageAlt = item.ImageAlt,
        SourceName = source,
        PublishedUtc = item.PublishedUtc,
        ModifiedUtc = item.ModifiedUtc,
        DisplayDateUtc = item.DisplayDateUtc,
        SortUtc = item.DateUtc,
    };
}
