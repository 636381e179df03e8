using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// What a tenant's public site shows has changed (content published, unpublished or deleted, site settings saved,
/// theme templates saved); the value is the tenant's name. Raised after the change is committed, so a listener that
/// drops cached pages never races the transaction. The output cache listens; the settings and template caches kept
/// in a tenant's shell follow it through <see cref="PublicChangeCounter"/>.
/// </summary>
public sealed class PublicChanges(ILogger<PublicChanges>? logger = null) : NodeEvent<string>(logger);
