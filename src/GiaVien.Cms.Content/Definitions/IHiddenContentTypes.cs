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
