using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Data.Themes;
using GiaVien.Cms.Tenants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Themes;

/// <summary>
/// The current tenant's template overrides, kept in its database so every web node renders the same ones.
/// Pages never query them: a parsed set is kept in the tenant's shell and loaded again after the tenant's
/// public changes have been notified — by a save on this node (after commit), or by another node's report.
/// </summary>
public sealed class ThemeTemplateStore(TenantDb tenantDb, ShellScope scope, ThemeRenderer theme, PublicChangeCounter changes, TimeProvider clock, ILogger<ThemeTemplateStore> logger)
{
    private CmsDbContext Db => tenantDb.Context;

    /// <summary>A load of the overrides, started for the tenant's change count it was started at.</summary>
    private sealed record Load(long ChangeCount, Lazy<Task<TemplateOverrides>> Overrides);

    private sealed class Cache
    {
        // Replaced by compare-and-swap, so concurrent pages after a change share one load.
        public Load? Current;
    }

    /// <summary>The parsed overrides the public site renders with.</summary>
    public async Task<TemplateOverrides> OverridesAsync(CancellationToken cancellationToken = default)
    {
        var shell = scope.Shell;
        var cache = shell.GetFeature(_ => new Cache());
        // Counted before reading: a change committed while the rows are read makes the next page load them again.
        var count = changes.Of(shell.Name);
        var current = Volatile.Read(ref cache.Current);
        if (current is null || current.ChangeCount != count || current.Overrides.Value is { IsFaulted: true } or { IsCanceled: true })
        {
            var first = current is null;
            var fresh = new Load(count, new Lazy<Task<TemplateOverrides>>(() => LoadAsync(shell, importFiles: first)));
            current = Interlocked.CompareExchange(ref cache.Current, fresh, current) == current ? fresh : Volatile.Read(ref cache.Current)!;
        }

        // The load is shared and reads with its own context: a page that gives up does not cancel it for the others.
        return await current.Overrides.Value.WaitAsync(cancellationToken);
    }

    /// <summary>The views this tenant has its own version of, read from the database (for the admin).</summary>
    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default) =>
        await Db.ThemeTemplates.AsNoTracking().Select(t => t.View).OrderBy(v => v).ToListAsync(cancellationToken);

    /// <summary>The tenant's source of <paramref name="view"/>, or null when it uses the theme's.</summary>
    public Task<string?> SourceAsync(string view, CancellationToken cancellationToken = default) =>
        Db.ThemeTemplates.AsNoTracking().Where(t => t.View == view).Select(t => t.Source).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Saves an override that the caller has validated. The commit notifies public changes, which reloads the overrides.</summary>
    public async Task SaveAsync(string view, string source, string userName, CancellationToken cancellationToken = default)
    {
        var record = await Db.ThemeTemplates.FindAsync([CheckName(view)], cancellationToken);
        if (record is null)
        {
            record = new ThemeTemplateRecord { View = view, Source = source, ModifiedBy = userName };
            Db.ThemeTemplates.Add(record);
        }

        record.Source = source;
        record.ModifiedBy = userName;
        record.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Goes back to the theme's view.</summary>
    public async Task DeleteAsync(string view, CancellationToken cancellationToken = default)
    {
        if (await Db.ThemeTemplates.FindAsync([CheckName(view)], cancellationToken) is { } record)
        {
            Db.ThemeTemplates.Remove(record);
            await Db.SaveChangesAsync(cancellationToken);
        }
    }

    private static string CheckName(string view) =>
        TemplateOverrides.IsValidName(view) ? view : throw new ArgumentException($"Invalid view name '{view}'.", nameof(view));

    private async Task<TemplateOverrides> LoadAsync(ShellContext shell, bool importFiles)
    {
        if (importFiles)
        {
            await ImportFilesAsync(shell);
        }

        await using var tenantDb = shell.CreateDbContext();
        var sources = await tenantDb.ThemeTemplates.AsNoTracking().ToDictionaryAsync(t => t.View, t => t.Source, StringComparer.Ordinal);
        return theme.ParseOverrides(shell.Name, sources);
    }

    private async Task ImportFilesAsync(ShellContext shell)
    {
        try
        {
            var count = await TemplateFilesImport.ImportAsync(shell, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            if (count > 0)
            {
                logger.LogInformation("{Count} template override files of tenant {TenantName} were imported into its database; their folder was renamed", count, shell.Name);
            }
        }
        catch (Exception e) when (e is DbUpdateException or IOException or UnauthorizedAccessException)
        {
            // Pages are still served (with what the database has); the import is tried again when the shell is next activated.
            logger.LogError(e, "Template override files of tenant {TenantName} could not be imported from {Folder}", shell.Name, TemplateFilesImport.FolderOf(shell));
        }
    }
}
