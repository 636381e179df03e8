using GiaVien.Cms.Data;

namespace GiaVien.Cms.Content.Definitions;

/// <summary>
/// Content types a module has switched off in the current tenant (those of a disabled feature): their definitions and
/// items stay in the database, but editors, lists and the API no longer offer them.
/// </summary>
public interface IHiddenContentTypes
{
    Task<IReadOnlySet<string>> GetAsync(CmsDbContext db, CancellationToken cancellationToken);
}

public static class HiddenContentTypes
{
    /// <summary>Every type any of <paramref name="sources"/> has switched off in the tenant of <paramref name="db"/>.</summary>
    public static async Task<HashSet<string>> CollectAsync(this IEnumerable<IHiddenContentTypes> sources, CmsDbContext db, CancellationToken cancellationToken)
    {
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            hidden.UnionWith(await source.GetAsync(db, cancellationToken));
        }

        return hidden;
    }
}
