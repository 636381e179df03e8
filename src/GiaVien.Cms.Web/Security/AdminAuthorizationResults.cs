using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// How a refused admin request is answered: a district-only page asked on a tenant is 404 (it does not exist
/// there, signed in or not); a signed-in user without the permission gets 403 rather than the sign-in page.
/// </summary>
public sealed class AdminAuthorizationResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // Checked on the policy rather than the failure: an anonymous request is only "challenged", with no failure details.
        if (policy.Requirements.OfType<DistrictOnlyRequirement>().Any() && context.Features.Get<ShellContext>()?.Tenant.IsDefault != true)
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, "Không tìm thấy trang");
            return;
        }

        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden, ForbiddenTitle);
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    public const string ForbiddenTitle = "Bạn không có quyền truy cập chức năng này";

    /// <summary>A minimal Vietnamese page naming the site and the refusal.</summary>
    public static string Page(HttpContext context, string title)
    {
        var site = context.Features.Get<ShellContext>()?.Tenant.DisplayName ?? "";
        return $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            $"<title>{title}</title></head><body><main><p>{System.Net.WebUtility.HtmlEncode(site)}</p><h1>{title}</h1></main></body></html>";
    }

    private static Task WriteAsync(HttpContext context, int status, string title)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Page(context, title));
    }
}
