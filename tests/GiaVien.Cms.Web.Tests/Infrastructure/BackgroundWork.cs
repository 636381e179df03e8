using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.District;
using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Infrastructure;

/// <summary>
/// Waits, by polling what the product exposes, for the work a node does in the background after its set-up or start.
/// Each piece and its signal (read from <c>src/</c>):
/// <list type="bullet">
/// <item>readiness (<see cref="ReadinessEndpoint.NotReadyReasonAsync"/>, what <c>/health/ready</c> answers): the tenant
/// records read, the district running, the endpoints built, the district home's warm-up finished, its shell active;</item>
/// <item>the district's shared news read model (<see cref="SharedSummaryFeed.Drained"/>): every commune change reported
/// so far refreshed in the host database;</item>
/// <item>document text extraction (<see cref="DocumentTextExtraction.Idle"/>): nothing queued or being read; a read file
/// writes change-log rows for the documents that attach it (<see cref="ReadFileReindexing"/>) when it is done;</item>
/// <item>search indexing (<see cref="TenantIndex.AppliedSequence"/> against the tenant's change log): each running
/// tenant's index built and caught up with the last change-log row (which asks for extraction, which writes rows …).</item>
/// </list>
/// In memory only, so not waited for: the body sanitizer's and the SQLite tenant template's warm-ups, the routing warm-up
/// after the first <c>/health</c>. Timed, so part of a host's life rather than of its set-up: the tenants' background
/// pass (<c>Cms:Tenants:BackgroundInterval</c>), the shared news check after a start (<c>CatchUpDelay</c>: it reads only
/// members not marked checked, and a settled node has none), the visit and request-log flushes (nothing counted without visitors).
/// </summary>
public static class BackgroundWork
{
    /// <summary>The longest a settle may take on a loaded machine before the test fails naming what did not settle.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Ready, with the shared news and the documents' extraction done: cheap, for every started demo host.</summary>
    public static async Task ReadyAsync(CmsHost host)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (await QueuedWorkAsync(host) is { } busy)
        {
            ThrowPast(deadline, busy);
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// Everything above, the search indexes caught up too, and all of it still so on a second look (each piece can start
    /// another: an index catch-up asks for extraction, an extraction writes change-log rows, which the district reads).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, long>> SettledAsync(CmsHost host)
    {
        var deadline = DateTime.UtcNow + Limit;
        IReadOnlyDictionary<string, long>? previous = null;
        while (true)
        {
            if (await QueuedWorkAsync(host) is { } busy)
            {
                ThrowPast(deadline, busy);
                await Task.Delay(50);
                continue;
            }

            var positions = await CaughtUpChangeLogsAsync(host);
            if (positions is not null && previous is not null && positions.SequenceEqual(previous) && await QueuedWorkAsync(host) is null)
            {
                return positions;
            }

            ThrowPast(deadline, positions is null ? "a search index behind its change log" : "change-log positions still moving");
            previous = positions;
            await Task.Delay(50);
        }
    }

    /// <summary>What the host is still doing of the queued work above, or null.</summary>
    private static async Task<string?> QueuedWorkAsync(CmsHost host)
    {
        if (await ReadinessEndpoint.NotReadyReasonAsync(host.Services) is { } notReady)
        {
            return notReady;
        }

        if (host.Services.GetService<SharedSummaryFeed>() is { Drained.IsCompleted: false })
        {
            return "shared news not yet refreshed";
        }

        return host.Services.GetService<DocumentTextExtraction>() is { Idle: false } ? "document text extraction under way" : null;
    }

    /// <summary>
    /// Every running tenant's last change-log sequence, once its index has applied it (built first if new); null while
    /// one is behind. The index is caught up here too, as the node's poller does on a notice, so a lost notice only delays.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, long>?> CaughtUpChangeLogsAsync(CmsHost host)
    {
        var indexes = host.Services.GetRequiredService<SearchIndexes>();
        var shells = host.Services.GetRequiredService<ShellHost>();
        var positions = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var tenant in host.Registry.Map.Tenants.Where(t => t.State == TenantState.Running))
        {
            var index = await indexes.GetAsync(tenant);
            await index.WaitForFirstBuildAsync(Limit);
            if (index.Rebuild is { IsRunning: true })
            {
                return null;
            }

            await index.CatchUpAsync(CancellationToken.None);
            positions[tenant.Name] = await LastChangeAsync(shells, tenant);
            if (index.AppliedSequence < positions[tenant.Name])
            {
                return null;
            }
        }

        return positions;
    }

    /// <summary>The tenant's last change-log sequence (0 when it has none).</summary>
    public static async Task<long> LastChangeAsync(ShellHost shells, TenantRecord tenant)
    {
        var shell = await shells.GetAsync(tenant);
        await using var db = shell.CreateDbContext();
        return await db.ChangeLog.MaxAsync(c => (long?)c.Sequence) ?? 0;
    }

    private static void ThrowPast(DateTime deadline, string waitingFor)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"The host's background work did not settle within {Limit.TotalMinutes:0} min: {waitingFor}");
        }
    }
}
