using System.Collections.Frozen;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Tenants.Settings;

/// <summary>
/// The current tenant's site settings. Read on every page, so they are cached in the tenant's shell and read
/// again after the tenant's public changes have been notified (a save here, or another node's report).
/// </summary>
public sealed class SiteSettingsStore(TenantDb tenantDb, ShellScope scope, PublicChangeCounter changes)
{
    private CmsDbContext Db => tenantDb.Context;

    private sealed record Loaded(long ChangeCount, FrozenDictionary<string, string> Values);

    private sealed class Cache
    {
        public volatile Loaded? Current;
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAsync(CancellationToken cancellationToken = default)
    {
        var cache = scope.Shell.GetFeature(_ => new Cache());
        // Counted before reading: a change committed while the rows are read makes the next call read them again.
        var count = changes.Of(scope.Shell.Name);
        if (cache.Current is { } cached && cached.ChangeCount == count)
        {
            return cached.Values;
        }

        var values = (await Db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Value, cancellationToken)).ToFrozenDictionary(StringComparer.Ordinal);
        cache.Current = new Loaded(count, values);
        return values;
    }

    /// <summary>Whether authors must submit news for review (the default) rather than publish their own.</summary>
    public async Task<bool> ReviewRequiredAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).GetValueOrDefault(SiteSettingNames.ReviewRequired) != "false";

    /// <summary>Adds or replaces a setting; written by the caller's next SaveChanges.</summary>
    public async Task StageAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        if (!SiteSettingNames.All.Contains(name))
        {
            throw new ArgumentException($"Unknown site setting '{name}'.", nameof(name));
        }

        var setting = await Db.Settings.FindAsync([name], cancellationToken);
        if (setting is null)
        {
            Db.Settings.Add(new SiteSetting { Name = name, Value = value });
        }
        else
        {
            setting.Value = value;
        }
    }
}
