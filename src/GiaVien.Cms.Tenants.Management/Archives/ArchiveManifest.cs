namespace GiaVien.Cms.Tenants.Management.Archives;

/// <summary>The <c>manifest.json</c> of a tenant archive: what it is, whose, when, and which schema it was taken from.</summary>
public sealed record ArchiveManifest
{
    public const string FileName = "manifest.json";
    public const string FormatName = "giavien-cms-tenant";
    public const int CurrentFormatVersion = 1;

    public string Format { get; init; } = FormatName;
    public int FormatVersion { get; init; } = CurrentFormatVersion;
    public required string TenantName { get; init; }
    public required string DisplayName { get; init; }
    public string? UrlPrefix { get; init; }
    public IReadOnlyList<string> HostNames { get; init; } = [];
    public string? RecipeName { get; init; }
    public DateTime CreatedUtc { get; init; }

    /// <summary>Names (without the provider-specific timestamp) of the tenant schema's applied migrations.</summary>
    public IReadOnlyList<string> Migrations { get; init; } = [];
    public bool IncludesPasswords { get; init; }
    public IReadOnlyList<string> Tables { get; init; } = [];
    public int MediaFileCount { get; init; }
}
