using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>
/// The open news indexes of this process, one per tenant, in <c>Sites/{tenant}/Indexes/news</c>. An index
/// is opened (and, if needed, rebuilt) on first use; it is closed when its tenant is disabled and deleted
/// when its tenant is removed.
/// </summary>
public sealed class SearchIndexes : IDisposable
{
    private static readonly TimeSpan FirstBuildWait = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<string, Lazy<Task<TenantIndex>>> _indexes = new(StringComparer.Ordinal);
    private readonly TenantRegistry _registry;
    private readonly ShellHost _shells;
    private readonly CmsDataFolder _dataFolder;
    private readonly VietnameseAnalyzer _analyzer;
    private readonly SearchOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILoggerFactory _loggers;
    private volatile bool _disposed;

    public SearchIndexes(TenantRegistry registry, ShellHost shells, CmsDataFolder dataFolder, VietnameseAnalyzer analyzer,
        IOptions<SearchOptions> options, TimeProvider clock, ILoggerFactory loggers)
    {
        _registry = registry;
        _shells = shells;
        _dataFolder = dataFolder;
        _analyzer = analyzer;
        _options = options.Value;
        _clock = clock;
        _loggers = loggers;
        registry.Changed += OnTenantChanged;
    }

    public static string FolderOf(CmsDataFolder dataFolder, string tenantName) =>
        Path.Combine(dataFolder.SiteFolder(tenantName), "Indexes", "news");

    public IEnumerable<TenantIndex> Open => _indexes.Values.Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully).Select(l => l.Value.Result);

    /// <summary>The tenant's index, opened and brought up to date on first use.</summary>
    public Task<TenantIndex> GetAsync(TenantRecord tenant, CancellationToken cancellationToken = default)
    {
        // Background work finishing during shutdown must not reopen (and write to) an index already closed.
        ObjectDisposedException.ThrowIf(_disposed, this);
        var lazy = _indexes.GetOrAdd(tenant.Name, name => new Lazy<Task<TenantIndex>>(() => OpenAsync(name)));
        var task = lazy.Value;
        if (task.IsFaulted)
        {
            _indexes.TryRemove(new KeyValuePair<string, Lazy<Task<TenantIndex>>>(tenant.Name, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    private async Task<TenantIndex> OpenAsync(string tenantName)
    {
        var index = new TenantIndex(tenantName, tenantName == TenantRecord.DefaultName, FolderOf(_dataFolder, tenantName), OpenDatabaseAsync,
            _analyzer, _options, _clock, _loggers.CreateLogger<TenantIndex>());
        await Task.Run(index.Open);
        await index.WaitForFirstBuildAsync(FirstBuildWait);
        await index.CatchUpAsync(CancellationToken.None);
        if (_disposed)
        {
            index.Dispose();
            throw new ObjectDisposedException(nameof(SearchIndexes));
        }

        return index;

        async Task<CmsDbContext> OpenDatabaseAsync(CancellationToken cancellationToken)
        {
            var tenant = _registry.Map.Find(tenantName) ?? throw new InvalidOperationException($"Tenant '{tenantName}' no longer exists.");
            // Reading for the index must not keep an idle tenant active.
            return (await _shells.GetForBackgroundAsync(tenant, cancellationToken)).CreateDbContext();
        }
    }

    private void OnTenantChanged(string tenantName)
    {
        var tenant = _registry.Map.Find(tenantName);
        if (tenant is null)
        {
            Remove(tenantName);
        }
        else if (tenant.State != TenantState.Running && _indexes.TryRemove(tenantName, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
        {
            lazy.Value.Result.Dispose();
        }
    }

    /// <summary>Closes and deletes a tenant's index: used when the tenant is removed.</summary>
    public void Remove(string tenantName)
    {
        if (_indexes.TryRemove(tenantName, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
        {
            lazy.Value.Result.Delete();
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
        foreach (var index in Open)
        {
            index.Dispose();
        }

        _indexes.Clear();
    }
}
