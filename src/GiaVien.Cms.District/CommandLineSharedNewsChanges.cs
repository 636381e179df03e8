using System.Collections.Concurrent;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.District;

/// <summary>
/// A command-line tool (a recipe applied, an archive imported into a tenant) changes tenants in a process that runs no
/// <see cref="SharedSummaryFeed"/>: the tenants it changed lose their checked mark when it ends, so the check after the
/// next start of a node reads them instead of trusting rows read before the change.
/// </summary>
public sealed class CommandLineSharedNewsChanges : IAsyncDisposable
{
    private readonly PublicChanges _changes;
    private readonly TenantRegistry _registry;
    private readonly SharedSummaryStore _store;
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);

    public CommandLineSharedNewsChanges(PublicChanges changes, TenantRegistry registry, SharedSummaryStore store)
    {
        _changes = changes;
        _registry = registry;
        _store = store;
        changes.Changed += Heard;
        registry.Changed += Heard;
    }

    public async ValueTask DisposeAsync()
    {
        _changes.Changed -= Heard;
        _registry.Changed -= Heard;
        if (!_changed.IsEmpty)
        {
            await _store.ForgetCheckedAsync(_changed.Keys.ToList(), CancellationToken.None);
        }
    }

    private void Heard(string tenantName) => _changed[tenantName] = true;
}
