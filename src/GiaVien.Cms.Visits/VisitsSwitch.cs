using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Visits;

/// <summary>
/// Whether the tenant counts views, asked on every public request: kept in the tenant's shell and read again after the
/// tenant's public changes were notified (switching a feature on or off notifies them, on every node).
/// </summary>
public sealed class VisitsSwitch(PublicChangeCounter changes)
{
    private sealed record Known(long ChangeCount, bool On);

    private sealed class Cache
    {
        public volatile Known? Current;
    }

    public ValueTask<bool> IsOnAsync(ShellContext shell, CancellationToken cancellationToken)
    {
        var cache = shell.GetFeature(static _ => new Cache());
        // Counted before reading, as the settings cache does: a change committed meanwhile makes the next request read again.
        var count = changes.Of(shell.Name);
        // Known (every request but the first after a change): answered without starting an async method and its builder.
        return cache.Current is { } known && known.ChangeCount == count ? new ValueTask<bool>(known.On) : ReadAsync(shell, cache, count, cancellationToken);
    }

    private static async ValueTask<bool> ReadAsync(ShellContext shell, Cache cache, long count, CancellationToken cancellationToken)
    {
        await using var db = shell.CreateDbContext();
        var on = await db.Features.AsNoTracking().AnyAsync(f => f.FeatureId == VisitsFeature.Id && f.Enabled, cancellationToken);
        cache.Current = new Known(count, on);
        return on;
    }
}
