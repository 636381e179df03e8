using System.Collections.Frozen;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Tenants.Settings;

/// <summary>
/// The current tenant's site settings. Read on every page, so they are cached in the tenant's shell; saving a
/// setting raises <see cref="GiaVien.Cms.Data.Changes.PublicChanges"/> after commit, which releases the shell and
/// its cache on every node (dropping it here, before the commit, would let a concurrent read cache the old values).
/// </summary>
public sealed class SiteSettingsStore(CmsDbContext db, ShellScope scope)
{
    private sealed class Cache
    {
        public volatile FrozenDictionary<string, string>? Values;
    }

    public async Task<IReadOnlyDictionary<string, string>> GetAsync(CancellationToken cancellationToken = default)
    {
        var cache = scope.Shell.GetFeature(_ => new Cache());
        if (cache.Values is { } cached)
        {
            return cached;
        }

        var values = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Value, cancellationToken);
        return cache.Values = values.ToFrozenDictionary(StringComparer.Ordinal);
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

        var setting = await db.Settings.FindAsync([name], cancellationToken);
        if (setting is null)
        {
            db.Settings.Add(new SiteSetting { Name = name, Value = value });
        }
        else
        {
            setting.Value = value;
        }
    }
}
