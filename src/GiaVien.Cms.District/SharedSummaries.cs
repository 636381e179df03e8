using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.District;

/// <summary>A shared item as the district shows it: its tenant, the site name it is labelled with, its summary.</summary>
public sealed record SharedSummary(TenantRecord Tenant, string SourceName, ContentSummary Item);

/// <summary>
/// The news member tenants share with the district, newest first, from the read model in one query, kept in memory
/// until something they are read from changes (<see cref="SharedSummaryMemo"/>). Tenants that are not running, or that
/// this node found failed, are left out even if their rows are still there.
/// </summary>
public sealed class SharedSummaries(SharedSummaryStore store, SharedSummaryFeed feed, SharedSummaryMemo memo, TenantRegistry registry, TenantFailures failures,
    IOptions<DistrictOptions> options, ILogger<SharedSummaries> logger)
{
    public async Task<IReadOnlyList<SharedSummary>> NewestAsync(int count, CancellationToken cancellationToken)
    {
        await WaitForReportedChangesAsync(cancellationToken);
        return await memo.GetOrReadAsync(count, () => ReadAsync(count, cancellationToken));
    }

    private async Task<IReadOnlyList<SharedSummary>> ReadAsync(int count, CancellationToken cancellationToken)
    {
        var map = registry.Map;
        var excluded = map.Tenants.Where(t => t.State != TenantState.Running || failures.IsFailed(t.Name)).Select(t => t.Name).ToList();
        var rows = await store.NewestAsync(count, excluded, cancellationToken);
        return rows.Where(r => map.Find(r.TenantName) is not null).Select(r => new SharedSummary(map.Find(r.TenantName)!, r.SourceName, Summary(r))).ToList();
    }

    // A member's change reported just before this render (published, then the district home asked for) is shown.
    private async Task WaitForReportedChangesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await feed.Drained.WaitAsync(options.Value.PendingWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            logger.LogInformation("Shared news rendered while member changes were still being applied");
        }
    }

    private static ContentSummary Summary(SharedSummaryRecord row) => new(row.ContentItemId, row.ContentType, row.Title, row.Path,
        DateTime.SpecifyKind(row.PublishedUtc, DateTimeKind.Utc), DateTime.SpecifyKind(row.ModifiedUtc, DateTimeKind.Utc),
        row.DisplayDateUtc is { } display ? DateTime.SpecifyKind(display, DateTimeKind.Utc) : null,
        row.Lead, row.ImagePath, row.ImageAlt, TermIds: [], ShareWithDistrict: true);
}
