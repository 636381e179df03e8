using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace GiaVien.Cms.Web.Security;

/// <summary>Met only when the request is served by the district (default) tenant's shell.</summary>
public sealed class DistrictOnlyRequirement : AuthorizationHandler<DistrictOnlyRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DistrictOnlyRequirement requirement)
    {
        if (context.Resource is HttpContext http && http.Features.Get<ShellContext>()?.Tenant.IsDefault == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
