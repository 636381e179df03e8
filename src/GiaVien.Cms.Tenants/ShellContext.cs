using System.Collections.Concurrent;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Everything tenant-specific the one shared container needs to serve a tenant: its record, its database
/// options and its folder, plus a small per-tenant cache for modules (settings, parsed templates…).
/// It is cheap on purpose: an idle tenant costs this object and nothing else.
/// </summary>
public sealed class ShellContext(TenantRecord tenant, DbContextOptions<CmsDbContext> databaseOptions, string siteFolder)
{
    private readonly ConcurrentDictionary<Type, object> _features = new();

    public TenantRecord Tenant { get; } = tenant;

    public string Name => Tenant.Name;

    public DbContextOptions<CmsDbContext> DatabaseOptions { get; } = databaseOptions;

    public string SiteFolder { get; } = siteFolder;

    /// <summary>Ticks of the last request served (read by idle release).</summary>
    public long LastRequestTicks { get; set; }

    public CmsDbContext CreateDbContext() => new(DatabaseOptions);

    /// <summary>A per-tenant singleton for a module, created on first use and dropped with the shell.</summary>
    public T GetFeature<T>(Func<ShellContext, T> factory) where T : class =>
        (T)_features.GetOrAdd(typeof(T), static (_, state) => state.factory(state.shell), (factory, shell: this));
}
