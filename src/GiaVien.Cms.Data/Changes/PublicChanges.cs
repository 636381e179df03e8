namespace GiaVien.Cms.Data.Changes;

/// <summary>
/// What a tenant's public site shows has changed (content published, unpublished or deleted, site settings saved,
/// theme templates saved); the value is the tenant's name. Raised after the change is committed, so a listener that
/// drops cached pages or settings never races the transaction.
/// </summary>
public sealed class PublicChanges : NodeEvent<string>;
