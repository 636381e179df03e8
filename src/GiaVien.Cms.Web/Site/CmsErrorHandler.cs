using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Api;
using Microsoft.AspNetCore.Diagnostics;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// What a client sees when a request fails, in every environment: a plain Vietnamese page (problem details under
/// <c>/api</c>), never a stack trace. The exception itself is logged by the exception handler. A malformed request
/// (a query value of the wrong type, say) keeps its 4xx status.
/// </summary>
public static class CmsErrorHandler
{
    public static void Handle(IApplicationBuilder error) => error.Run(async context =>
    {
        var status = context.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        var match = context.Features.Get<TenantMatch>();
        var path = match?.Prefix is { } prefix && context.Request.Path.StartsWithSegments("/" + prefix, out var rest) ? rest : context.Request.Path;
        if (path.StartsWithSegments("/api"))
        {
            await ApiErrors.WriteAsync(context, status, null);
            return;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        var siteName = match?.Tenant.DisplayName ?? "Cổng thông tin điện tử";
        await context.Response.WriteAsync(status < 500 ? TenantStatusPages.BadRequest(siteName) : TenantStatusPages.Error(siteName));
    });
}
