namespace GiaVien.Cms.Data.Tenants;

/// <summary>A tenant as the host stores it, outside every tenant's own database.</summary>
public sealed class TenantRecord
{
    public const string DefaultName = "default";

    public required string Name { get; set; }
    public required string DisplayName { get; set; }
    public TenantState State { get; set; } = TenantState.Uninitialized;
    public string? UrlPrefix { get; set; }
    public List<TenantBinding> Bindings { get; set; } = [];
    public DatabaseProvider DatabaseProvider { get; set; }
    public string? RecipeName { get; set; }
    public string? LastError { get; set; }

    /// <summary>The tenant this one was merged into: its old URLs answer 301 to their new place there.</summary>
    public string? RetiredInto { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }

    /// <summary>Bumped on every change; also the optimistic concurrency token.</summary>
    public int Version { get; set; }

    public bool IsDefault => Name == DefaultName;

    public IReadOnlyList<string> HostNames =>
        Bindings.Where(b => b.Host.Length > 0).Select(b => b.Host).Distinct().Order().ToList();
}
