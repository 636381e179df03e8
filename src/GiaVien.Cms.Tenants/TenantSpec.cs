using GiaVien.Cms.Data.Tenants;

namespace GiaVien.Cms.Tenants;

/// <summary>What an administrator (or a recipe) asks for when creating a tenant.</summary>
public sealed record TenantSpec(
    string Name,
    string DisplayName,
    string? UrlPrefix,
    IReadOnlyList<string> HostNames,
    string? RecipeName,
    DatabaseProvider? DatabaseProvider = null);
