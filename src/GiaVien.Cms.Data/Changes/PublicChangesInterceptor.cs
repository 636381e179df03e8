using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Settings;
using GiaVien.Cms.Data.Themes;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// Watches a tenant's saves for what changes its public pages: a change-log entry (publish, unpublish, delete,
/// whoever wrote it: editor, API, scheduler, recipe), a site setting, a theme template or a content type definition
/// (its route prefix and list decide which public paths answer), and raises
/// <see cref="PublicChanges"/> after commit.
/// </summary>
public sealed class PublicChangesInterceptor(string tenantName, PublicChanges changes) : CommittedChangesInterceptor(tenantName, changes)
{
    protected override bool Watches(EntityEntry entry) => entry.Entity is ChangeLogEntry or SiteSetting or ThemeTemplateRecord or ContentDefinitionRecord;
}
