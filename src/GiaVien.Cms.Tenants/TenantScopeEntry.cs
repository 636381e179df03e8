using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Enters the request's tenant (the <see cref="ShellContext"/> feature <see cref="TenantMiddleware"/> set) in the
/// request's <see cref="ShellScope"/>. A middleware of its own, not part of the tenant's resolution, so that what is
/// answered between the two without any scoped service (a cached page served in front of the pipeline) never makes the
/// request's DI scope: asking for a scoped service creates the scope, and the server then disposes of it after the
/// response, a cost of every request otherwise.
/// </summary>
public sealed class TenantScopeEntry(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<ShellContext>() is { } shell)
        {
            context.RequestServices.GetRequiredService<ShellScope>().Enter(shell);
        }

        return next(context);
    }
}
