using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Data.Settings;
using GiaVien.Cms.Data.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// Watches a tenant's saves for what changes its public pages: a change-log entry (publish, unpublish, delete,
/// whoever wrote it: editor, API, scheduler, recipe), a site setting, a theme template or a content type definition
/// (its route prefix and list decide which public paths answer), a media record edited, renamed, moved or deleted
/// (pages show a photo's size, description and caption from it), and raises <see cref="PublicChanges"/> after commit.
/// A media record added is not a change: no page showed it, and a path without a record is never kept in a cache.
/// </summary>
public sealed class PublicChangesInterceptor(string tenantName, PublicChanges changes) : CommittedChangesInterceptor(tenantName, changes)
{
    protected override bool Watches(EntityEntry entry) =>
        entry.Entity is ChangeLogEntry or SiteSetting or ThemeTemplateRecord or ContentDefinitionRecord
        || entry is { Entity: MediaFileRecord, State: not EntityState.Added };
}
