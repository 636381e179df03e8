using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>What the tenant forms share: reading host names and placing registry errors on their field.</summary>
public static class TenantForm
{
    public static IReadOnlyList<string> SplitHosts(string? hostNames) =>
        (hostNames ?? "").Split(['\n', '\r', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The form field a <see cref="TenantException"/> is about (the spec's property names are the forms' field names).</summary>
    public static string FieldOf(TenantException exception) => exception.Field ?? "";
}
