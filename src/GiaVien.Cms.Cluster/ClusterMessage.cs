namespace GiaVien.Cms.Cluster;

/// <summary>What one node tells the others on the Redis channel: who sent it, what kind of change, about what.</summary>
public sealed record ClusterMessage(string Node, string Kind, string Tenant, string? Path = null)
{
    /// <summary>The tenant's record changed (created, settings of the record, state, bindings, removed).</summary>
    public const string TenantRecord = "tenant";

    /// <summary>The tenant's public content or settings changed.</summary>
    public const string PublicContent = "public";

    /// <summary>The tenant's due background work may have moved (something was scheduled, deleted or audited).</summary>
    public const string ScheduledWork = "work";

    /// <summary>A media file of the tenant was deleted or moved: <see cref="Path"/> names it.</summary>
    public const string StaleRendition = "rendition";
}
