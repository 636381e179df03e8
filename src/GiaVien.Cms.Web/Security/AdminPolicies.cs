using GiaVien.Cms.Recipes;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Authorization;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Authorization policies of the administration's sections. Tenant management is the district's alone:
/// its policy also requires the request's shell to be the default tenant, so on any other tenant those
/// pages do not exist (404), whatever the user's roles there.
/// </summary>
public static class AdminPolicies
{
    public const string ManageTenants = "ManageTenants";
    public const string ManageUsers = "ManageUsers";
    public const string ManageSettings = "ManageSettings";

    public static AuthorizationBuilder AddAdminPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(ManageTenants, policy => policy.AddRequirements(new DistrictOnlyRequirement()).RequireAuthenticatedUser()
            .RequireAssertion(context => CmsSecurity.HasPermission(context.User, Roles.ManageTenants)))
        .AddPolicy(ManageUsers, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => CmsSecurity.HasPermission(context.User, Roles.ManageUsers)))
        .AddPolicy(ManageSettings, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => CmsSecurity.HasPermission(context.User, Roles.ManageSettings)))
        // A recipe can add types, roles, users and content at once: only a tenant's administrator applies one.
        .AddPolicy(RecipesAdmin.Policy, policy => policy.RequireAuthenticatedUser()
            .RequireAssertion(context => CmsSecurity.HasPermission(context.User, Roles.AllPermissions)));
}
