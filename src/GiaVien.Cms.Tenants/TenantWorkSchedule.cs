using System.Collections.Concurrent;
using System.Threading.Channels;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// When each tenant's background work is next due, in one place, so a pass over a thousand idle tenants is a look-up
/// per tenant rather than their queries. A tenant not in the table (never run, or its work changed since) is due at
/// once. A change reported while the tenant's work is running wins over the due time that run computes, so nothing
/// scheduled meanwhile is missed. The due times computed with the shared work are also kept in the host database
/// (<see cref="TenantDueTimes"/>): the table remembers which tenants' stored due time no longer matches it.
/// </summary>
public sealed class TenantWorkSchedule
{
    /// <param name="RecordVersion">The tenant record's version the due time was computed for.</param>
    /// <param name="Durable">Computed with the shared work (so it may be stored for the next node or start), not only this node's own.</param>
    public readonly record struct Entry(DateTimeOffset Due, int RecordVersion, bool Durable);

    // Set while a tenant's work runs; a MarkDue during the run removes it, and then the run's due time is not kept.
    private static readonly Entry Running = new(DateTimeOffset.MinValue, -1, Durable: false);

    private readonly ConcurrentDictionary<string, Entry> _nextDue = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _unsaved = new(StringComparer.Ordinal);
    // Holds at most one signal: the marks made before a save are all taken by it.
    private readonly Channel<bool> _unsavedSignal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public bool IsDue(string tenantName, DateTimeOffset now) => !_nextDue.TryGetValue(tenantName, out var entry) || entry.Due <= now;

    /// <summary>The tenant's work changed (something scheduled, deleted, its record changed): look at it on the next pass.</summary>
    public void MarkDue(string tenantName)
    {
        _nextDue.TryRemove(tenantName, out _);
        MarkUnsaved(tenantName);
    }

    /// <summary>Called before a tenant's work runs: a placeholder that a <see cref="MarkDue"/> during the run removes.</summary>
    public void Starting(string tenantName) => _nextDue[tenantName] = Running;

    /// <summary>Records when the tenant is next due, unless its work changed during the run.</summary>
    /// <param name="durable">True when the run included the shared work, so its due time holds for any node.</param>
    public void Completed(string tenantName, DateTimeOffset nextDue, int recordVersion, bool durable)
    {
        if (_nextDue.TryUpdate(tenantName, new Entry(nextDue, recordVersion, durable), Running) && durable)
        {
            MarkUnsaved(tenantName);
        }
    }

    /// <summary>The tenant's work failed: it stays due, here and in the stored due times.</summary>
    public void Failed(string tenantName) => MarkUnsaved(tenantName);

    /// <summary>
    /// Replaces the table with stored due times: this node has just taken over the shared work (or started), whose due
    /// times it did not follow. A tenant not given, or changed since the due times were read, is due.
    /// </summary>
    public void Restore(IEnumerable<(string TenantName, Entry Entry)> stored)
    {
        _nextDue.Clear();
        foreach (var (name, entry) in stored.Where(s => !_unsaved.ContainsKey(s.TenantName)))
        {
            _nextDue[name] = entry;
        }
    }

    /// <summary>
    /// Takes the tenants whose stored due time may differ from the table, each with the due time to store: null when
    /// the stored one must go (the tenant is due on every pass, due now, running, or its due time covers only this
    /// node's own work).
    /// </summary>
    public List<(string TenantName, Entry? Store)> TakeUnsaved()
    {
        var taken = new List<(string, Entry?)>();
        foreach (var name in _unsaved.Keys)
        {
            // Removed before the table is read: a change after the read marks the tenant again.
            _unsaved.TryRemove(name, out _);
            taken.Add(_nextDue.TryGetValue(name, out var entry) && entry.Durable && entry.Due > DateTimeOffset.MinValue ? (name, entry) : (name, null));
        }

        return taken;
    }

    /// <summary>The tenants whose stored due time could not be written: tried again.</summary>
    public void ReturnUnsaved(IEnumerable<string> tenantNames)
    {
        foreach (var name in tenantNames)
        {
            MarkUnsaved(name);
        }
    }

    /// <summary>Completes once a tenant's stored due time may need writing (at once if one already does).</summary>
    public async Task WaitForUnsavedAsync(CancellationToken cancellationToken) => await _unsavedSignal.Reader.ReadAsync(cancellationToken);

    private void MarkUnsaved(string tenantName)
    {
        _unsaved[tenantName] = true;
        _unsavedSignal.Writer.TryWrite(true);
    }
}
