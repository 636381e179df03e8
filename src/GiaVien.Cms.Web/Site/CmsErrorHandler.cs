using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Site;

/// <summary>What a visitor sees when something failed on our side: a plain Vietnamese page, never a stack trace.</summary>
public static class CmsErrorHandler
{
    public static void Handle(IApplicationBuilder error) => error.Run(async context =>
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        var siteName = context.Features.Get<TenantMatch>()?.Tenant.DisplayName ?? "Cổng thông tin điện tử";
        await context.Response.WriteAsync(TenantStatusPages.Error(siteName));
    });
}
