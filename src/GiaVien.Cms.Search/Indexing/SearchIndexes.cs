using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The open news indexes of this process, one per tenant, in <c>Sites/{tenant}/Indexes/news</c>. An index
/// is opened (and, if needed, rebuilt) on first use; it is closed when its tenant is disabled and deleted
/// when its tenant is removed, and closed (giving back its readers and writer) when its tenant's shell is released
/// for being idle or, for an index opened without a visit (district search, a change notice), once unused for the
/// idle timeout (<see cref="CloseUnused"/>). Rebuilds stop when the host begins to stop, and disposing closes every index,
/// also one still opening, so nothing writes to the data folder after the host has stopped.
/// </summary>
public sealed class SearchIndexes : IDisposable
{
    private static readonly TimeSpan FirstBuildWait = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _indexes = new(StringComparer.Ordinal);
    private readonly TenantRegistry _registry;
    private readonly ShellHost _shells;
    private readonly CmsDataFolder _dataFolder;
    private readonly VietnameseAnalyzer _analyzer;
    private readonly ContentDocuments _documents;
    private readonly SearchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggers;
    private readonly CancellationToken _stopping;
    private volatile bool _disposed;

    public SearchIndexes(TenantRegistry registry, ShellHost shells, CmsDataFolder dataFolder, VietnameseAnalyzer analyzer,
        ContentDocuments documents, IOptions<SearchOptions> options, TimeProvider clock, ILoggerFactory loggers, IHostApplicationLifetime lifetime)
    {
        _stopping = lifetime.ApplicationStopping;
        _registry = registry;
        _shells = shells;
        _dataFolder = dataFolder;
        _analyzer = analyzer;
        _documents = documents;
        _options = options.Value;
        _clock = clock;
        _loggers = loggers;
        registry.Changed += OnTenantChanged;
        shells.ReleasedIdle += Close;
    }

    public static string FolderOf(CmsDataFolder dataFolder, string tenantName) =>
        Path.Combine(dataFolder.SiteFolder(tenantName), "Indexes", "news");

    public IEnumerable<TenantIndex> Open => _indexes.Values.Where(l => l.IsValueCreated && l.Value.Ready.IsCompletedSuccessfully).Select(l => l.Value.Index);

    /// <summary>The tenant's index, opened and brought up to date on first use.</summary>
    public Task<TenantIndex> GetAsync(TenantRecord tenant, CancellationToken cancellationToken = default)
    {
        // Background work finishing during shutdown must not reopen (and write to) an index already closed.
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lazy = _indexes.GetOrAdd(tenant.Name, name => new Lazy<Entry>(() => Start(name)));
        lazy.Value.LastUsedTicks = _clock.GetUtcNow().UtcTicks;
        var ready = lazy.Value.Ready;
        if (ready.IsFaulted)
        {
            _indexes.TryRemove(new KeyValuePair<string, Lazy<Entry>>(tenant.Name, lazy));
        }

        return ready.WaitAsync(cancellationToken);
    }

    private Entry Start(string tenantName)
    {
        // The index object exists from the start, so closing the process (or the tenant) can stop its opening and rebuild.
        var index = new TenantIndex(tenantName, tenantName == TenantRecord.DefaultName, FolderOf(_dataFolder, tenantName), OpenDatabaseAsync,
            _analyzer, _documents, _options, _clock, _loggers.CreateLogger<TenantIndex>(), _stopping);
        return new Entry(index, OpenAsync(index));

        async Task<CmsDbContext> OpenDatabaseAsync(CancellationToken cancellationToken)
        {
            var tenant = _registry.Map.Find(tenantName) ?? throw new InvalidOperationException($"Tenant '{tenantName}' no longer exists.");
            // Reading for the index must not keep an idle tenant active.
            return (await _shells.GetForBackgroundAsync(tenant, cancellationToken)).CreateDbContext();
        }
    }

    private async Task<TenantIndex> OpenAsync(TenantIndex index)
    {
        await Task.Run(index.Open);
        await index.WaitForFirstBuildAsync(FirstBuildWait);
        await index.CatchUpAsync(_stopping);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return index;
    }

    private void OnTenantChanged(string tenantName)
    {
        var tenant = _registry.Map.Find(tenantName);
        if (tenant is null)
        {
            Remove(tenantName);
        }
        else if (tenant.State != TenantState.Running && _indexes.TryRemove(tenantName, out var lazy) && lazy.IsValueCreated)
        {
            lazy.Value.Index.Dispose();
        }
    }

    /// <summary>Closes the indexes of tenants without an active shell that were not used for <paramref name="idleFor"/>.</summary>
    public void CloseUnused(TimeSpan idleFor)
    {
        var threshold = _clock.GetUtcNow().UtcTicks - idleFor.Ticks;
        foreach (var (name, lazy) in _indexes)
        {
            if (lazy.IsValueCreated && lazy.Value.LastUsedTicks < threshold && !_shells.IsActive(name))
            {
                Close(name);
            }
        }
    }

    /// <summary>Closes a tenant's index, unless it is being rebuilt; the next use opens it again and catches up.</summary>
    private void Close(string tenantName)
    {
        if (_indexes.TryGetValue(tenantName, out var lazy) && lazy.IsValueCreated && lazy.Value.Ready.IsCompleted && lazy.Value.Index.Rebuild is not { IsRunning: true }
            && _indexes.TryRemove(new KeyValuePair<string, Lazy<Entry>>(tenantName, lazy)))
        {
            lazy.Value.Index.Dispose();
        }
    }

    /// <summary>Closes and deletes a tenant's index: used when the tenant is removed.</summary>
    public void Remove(string tenantName)
    {
        if (_indexes.TryRemove(tenantName, out var lazy) && lazy.IsValueCreated)
        {
            lazy.Value.Index.Delete();
            return;
        }

        var folder = FolderOf(_dataFolder, tenantName);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _registry.Changed -= OnTenantChanged;
        _shells.ReleasedIdle -= Close;
        foreach (var lazy in _indexes.Values.Where(l => l.IsValueCreated))
        {
            lazy.Value.Index.Dispose();
        }

        _indexes.Clear();
    }

    private sealed record Entry(TenantIndex Index, Task<TenantIndex> Ready)
    {
        public long LastUsedTicks { get; set; }
    }
}
