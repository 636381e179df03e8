using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Activates a tenant's shell on first use (brings its database schema up to date once per process) and
/// releases it when the tenant's record changes (here or on another node) or it has been idle. Shells are built per
/// record version, so a request that started before a change finishes on the shell it began with.
/// </summary>
public sealed class ShellHost
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ShellContext>>> _shells = new(StringComparer.Ordinal);

    // Tenants whose schema is known to be current in this process: an idle shell released and activated
    // again by a background job does not check its migrations a second time.
    private readonly ConcurrentDictionary<string, bool> _schemaCurrent = new(StringComparer.Ordinal);
    private readonly TenantDatabase _database;
    private readonly CmsDataFolder _dataFolder;
    private readonly TimeProvider _clock;
    private readonly ILogger<ShellHost> _logger;
    private readonly IShellActivation[] _activations;
    private readonly Memory.IdleMemoryReturn _memoryReturn;

    public ShellHost(TenantRegistry registry, TenantDatabase database, CmsDataFolder dataFolder, TimeProvider clock, ILogger<ShellHost> logger, IEnumerable<IShellActivation> activations,
        Memory.IdleMemoryReturn memoryReturn)
    {
        _memoryReturn = memoryReturn;
        _activations = activations.ToArray();
        _database = database;
        _dataFolder = dataFolder;
        _clock = clock;
        _logger = logger;
        registry.Changed += name =>
        {
            _schemaCurrent.TryRemove(name, out _);
            Release(name);
        };
    }

    public int ActiveCount => _shells.Count;

    /// <summary>
    /// Raised with the tenant's name when its shell is released for being idle, so modules give back what they keep
    /// for it beyond the shell (open search indexes, cached pages).
    /// </summary>
    public event Action<string>? ReleasedIdle;

    public bool IsActive(string tenantName) => _shells.ContainsKey(tenantName);

    /// <summary>The running shell of <paramref name="tenant"/>, activating it if this is its first use.</summary>
    public Task<ShellContext> GetAsync(TenantRecord tenant, CancellationToken cancellationToken = default)
    {
        var lazy = _shells.GetOrAdd(tenant.Name, _ => new Lazy<Task<ShellContext>>(() => ActivateAsync(tenant)));
        var task = lazy.Value;
        if (task.IsFaulted || task.IsCanceled)
        {
            // A failed activation (database briefly unavailable) must not stick: the next request tries again.
            _shells.TryRemove(new KeyValuePair<string, Lazy<Task<ShellContext>>>(tenant.Name, lazy));
        }

        return task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// A shell for background work: the active one if the tenant has visitors, otherwise a transient one that is
    /// not kept, so a scheduled job does not keep an idle tenant's state in memory.
    /// </summary>
    public async Task<ShellContext> GetForBackgroundAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        if (_shells.TryGetValue(tenant.Name, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
        {
            return lazy.Value.Result;
        }

        await EnsureSchemaAsync(tenant, cancellationToken);
        return CreateUnactivated(tenant);
    }

    /// <summary>A shell for setting up a tenant that is not running yet; it is not kept.</summary>
    public ShellContext CreateUnactivated(TenantRecord tenant) =>
        new(tenant, _database.TenantOptions(tenant.Name, tenant.DatabaseProvider), _dataFolder.SiteFolder(tenant.Name));

    public void Release(string tenantName)
    {
        if (_shells.TryRemove(tenantName, out _))
        {
            _logger.LogInformation("Shell of tenant {TenantName} released", tenantName);
        }
    }

    /// <summary>
    /// Releases the shell of a tenant whose database was lost, and forgets that its schema was current: the database it
    /// comes back with may be an older backup that needs migrating.
    /// </summary>
    public void ReleaseLost(string tenantName)
    {
        _schemaCurrent.TryRemove(tenantName, out _);
        Release(tenantName);
    }

    /// <summary>Releases shells that have served no request for <paramref name="idleFor"/>.</summary>
    public int ReleaseIdle(TimeSpan idleFor)
    {
        var threshold = _clock.GetUtcNow().UtcTicks - idleFor.Ticks;
        var released = 0;
        foreach (var (name, lazy) in _shells)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && lazy.Value.Result.LastRequestTicks < threshold)
            {
                Release(name);
                CloseConnectionsUnlessActive(lazy.Value.Result.Tenant);
                ReleasedIdle?.Invoke(name);
                released++;
            }
        }

        _memoryReturn.AfterIdleSweep(released);
        return released;
    }

    /// <summary>
    /// Closes the tenant's pooled database connections (each holds its file open and up to 2 MB of SQLite page cache, or a
    /// PostgreSQL server process) unless the tenant has an active shell: after its idle release, and after background
    /// work on a tenant nobody visits, which would otherwise leave them open until the pool prunes them minutes later.
    /// </summary>
    public void CloseConnectionsUnlessActive(TenantRecord tenant)
    {
        if (!IsActive(tenant.Name))
        {
            _database.ReleaseConnections(tenant.Name, tenant.DatabaseProvider);
        }
    }

    private async Task EnsureSchemaAsync(TenantRecord tenant, CancellationToken cancellationToken)
    {
        if (!_schemaCurrent.ContainsKey(tenant.Name))
        {
            await _database.MigrateTenantAsync(tenant.Name, tenant.DatabaseProvider, cancellationToken);
            foreach (var activation in _activations)
            {
                await activation.ActivatedAsync(CreateUnactivated(tenant), cancellationToken);
            }

            _schemaCurrent[tenant.Name] = true;
        }
    }

    private async Task<ShellContext> ActivateAsync(TenantRecord tenant)
    {
        var started = _clock.GetTimestamp();
        await EnsureSchemaAsync(tenant, CancellationToken.None);
        var shell = CreateUnactivated(tenant);
        shell.LastRequestTicks = _clock.GetUtcNow().UtcTicks;
        _logger.LogInformation("Shell of tenant {TenantName} activated in {ElapsedMs:0.0} ms", tenant.Name, _clock.GetElapsedTime(started).TotalMilliseconds);
        return shell;
    }
}
