using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;

namespace GiaVien.Cms.Recipes;

/// <summary>The state shared by the steps while a validated recipe is applied to one tenant.</summary>
public sealed class RecipeExecution(IServiceProvider tenantServices, string userName, PasswordHashReuse passwordHashes)
{
    /// <summary>Services of a DI scope whose <see cref="ShellScope"/> is the tenant being set up.</summary>
    public IServiceProvider Services { get; } = tenantServices;

    /// <summary>The user recorded in the audit trail for what the recipe creates.</summary>
    public string UserName { get; } = userName;

    /// <summary>The recipe parameters' hashes of passwords, shared by the tenants set up with the same parameters.</summary>
    public PasswordHashReuse PasswordHashes { get; } = passwordHashes;

    /// <summary>Tenants the recipe asks for; created and set up after this tenant's transaction commits.</summary>
    public List<(TenantSpec Spec, string Recipe)> ChildTenants { get; } = [];
}
