using System.Collections.Concurrent;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// When each tenant's background work is next due, in one place, so a pass over a thousand idle tenants is a look-up
/// per tenant rather than their queries. A tenant not in the table (never run in this process, or its work changed
/// since) is due at once. A change reported while the tenant's work is running wins over the due time that run
/// computes, so nothing scheduled meanwhile is missed.
/// </summary>
public sealed class TenantWorkSchedule
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextDue = new(StringComparer.Ordinal);

    public bool IsDue(string tenantName, DateTimeOffset now) => !_nextDue.TryGetValue(tenantName, out var due) || due <= now;

    /// <summary>The tenant's work changed (something scheduled, deleted, its record changed): look at it on the next pass.</summary>
    public void MarkDue(string tenantName) => _nextDue.TryRemove(tenantName, out _);

    /// <summary>Every tenant is due: this node has just taken over the shared work, whose due times it did not follow.</summary>
    public void MarkAllDue() => _nextDue.Clear();

    /// <summary>Called before a tenant's work runs: a placeholder that a <see cref="MarkDue"/> during the run removes.</summary>
    public void Starting(string tenantName) => _nextDue[tenantName] = DateTimeOffset.MinValue;

    /// <summary>Records when the tenant is next due, unless its work changed during the run.</summary>
    public void Completed(string tenantName, DateTimeOffset nextDue) => _nextDue.TryUpdate(tenantName, nextDue, DateTimeOffset.MinValue);
}
