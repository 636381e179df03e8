using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// Which tenant an admin page acts on: a tenant's administrator acts on their own tenant only; on the district, its
/// administrators (who manage tenants) may choose any running tenant.
/// </summary>
public sealed class AdminTenantChoice(ShellScope shellScope, TenantRegistry registry, IAuthorizationService authorization)
{
    /// <summary>The running tenants the user may choose from here (none: the page acts on its own tenant).</summary>
    public async Task<IReadOnlyList<TenantRecord>> ChoicesAsync(HttpContext http) =>
        shellScope.Shell.Tenant.IsDefault && (await authorization.AuthorizeAsync(http.User, http, RecipesAdmin.ManageTenantsPolicy)).Succeeded
            ? registry.Map.Tenants.Where(t => t.State == TenantState.Running).OrderBy(t => !t.IsDefault).ThenBy(t => t.DisplayName, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The tenant to act on: <paramref name="requested"/> if the user may choose it, the page's own by default; null if refused.</summary>
    public async Task<TenantRecord?> ResolveAsync(HttpContext http, string? requested)
    {
        var own = shellScope.Shell.Tenant;
        if (string.IsNullOrEmpty(requested) || requested == own.Name)
        {
            return own;
        }

        return (await ChoicesAsync(http)).FirstOrDefault(t => t.Name == requested);
    }
}
