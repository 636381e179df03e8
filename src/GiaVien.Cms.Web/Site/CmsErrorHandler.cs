using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Api;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// What a client sees when something failed on our side, in every environment: a plain Vietnamese page (problem
/// details under <c>/api</c>), never a stack trace. The exception itself is logged by the exception handler.
/// </summary>
public static class CmsErrorHandler
{
    public static void Handle(IApplicationBuilder error) => error.Run(async context =>
    {
        var match = context.Features.Get<TenantMatch>();
        var path = match?.Prefix is { } prefix && context.Request.Path.StartsWithSegments("/" + prefix, out var rest) ? rest : context.Request.Path;
        if (path.StartsWithSegments("/api"))
        {
            await ApiErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, null);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(TenantStatusPages.Error(match?.Tenant.DisplayName ?? "Cổng thông tin điện tử"));
    });
}
