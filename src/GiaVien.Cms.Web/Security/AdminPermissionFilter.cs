using System.Reflection;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// Enforces <see cref="AdminPermissionAttribute"/> on every Razor page under <c>/Admin</c>. It runs among the
/// authorization filters, after the sign-in challenge and before antiforgery, so a refused form is refused as such
/// (403) whatever it carries; the handler is the one Razor Pages will pick (HTTP method and <c>handler</c> name), and
/// the page filter half checks again against the handler actually selected.
/// </summary>
public sealed class AdminPermissionFilter(ILogger<AdminPermissionFilter> logger) : IAsyncAuthorizationFilter, IOrderedFilter, IAsyncPageFilter
{
    /// <summary>After <c>AuthorizeFilter</c> (0), before the antiforgery check (1000).</summary>
    public int Order => 500;

    public Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (context.ActionDescriptor is CompiledPageActionDescriptor page && Refuses(context.HttpContext, page, PredictedHandler(context.HttpContext, page)))
        {
            context.Result = Forbidden(context.HttpContext);
        }

        return Task.CompletedTask;
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Refuses(context.HttpContext, context.ActionDescriptor, context.HandlerMethod?.MethodInfo))
        {
            context.Result = Forbidden(context.HttpContext);
            return;
        }

        await next();
    }

    /// <summary>What a page and one of its handlers declare, or null when the page is open to anonymous visitors.</summary>
    public static AdminPermissionDeclaration? Declared(Type pageModel, Type page, MethodInfo? handler) =>
        IsDefined<AllowAnonymousAttribute>(pageModel) || IsDefined<AllowAnonymousAttribute>(page)
            ? null
            : new AdminPermissionDeclaration(
                pageModel.GetCustomAttribute<AdminPermissionAttribute>() ?? page.GetCustomAttribute<AdminPermissionAttribute>(),
                handler?.GetCustomAttribute<AdminPermissionAttribute>());

    private bool Refuses(HttpContext http, CompiledPageActionDescriptor page, MethodInfo? handler)
    {
        if (!page.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal) || http.User.Identity?.IsAuthenticated != true)
        {
            return false; // public pages, and the sign-in challenge of the folder's policy
        }

        if (Declared(page.ModelTypeInfo?.AsType() ?? page.PageTypeInfo.AsType(), page.PageTypeInfo.AsType(), handler) is not { } declared)
        {
            return false;
        }

        if (declared.Page is null)
        {
            logger.LogError("Admin page {Page} declares no permission: refused", page.ViewEnginePath);
            return true;
        }

        return !declared.All.All(d => d.AnyOf.Any(permission => CmsSecurity.HasPermission(http.User, permission)));
    }

    /// <summary>The handler Razor Pages will select: same HTTP method (HEAD as GET) and the <c>handler</c> route value or query.</summary>
    private static MethodInfo? PredictedHandler(HttpContext http, CompiledPageActionDescriptor page)
    {
        var method = HttpMethods.IsHead(http.Request.Method) ? HttpMethods.Get : http.Request.Method;
        var name = http.GetRouteValue("handler")?.ToString() ?? http.Request.Query["handler"].FirstOrDefault();
        return page.HandlerMethods.FirstOrDefault(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)
            && string.Equals(h.Name, string.IsNullOrEmpty(name) ? null : name, StringComparison.OrdinalIgnoreCase))?.MethodInfo;
    }

    private static bool IsDefined<T>(Type type) where T : Attribute => type.GetCustomAttribute<T>() is not null;

    private static ContentResult Forbidden(HttpContext http) => new()
    {
        StatusCode = StatusCodes.Status403Forbidden,
        ContentType = "text/html; charset=utf-8",
        Content = AdminAuthorizationResults.Page(http, AdminAuthorizationResults.ForbiddenTitle),
    };
}

/// <summary>A page's permission and its handler's own, both required; <see cref="Page"/> null means undeclared (refused).</summary>
public sealed record AdminPermissionDeclaration(AdminPermissionAttribute? Page, AdminPermissionAttribute? Handler)
{
    public IEnumerable<AdminPermissionAttribute> All => new[] { Page, Handler }.OfType<AdminPermissionAttribute>();

    /// <summary>As the README's permission table writes it: "EditContent or EditOwnContent", parts joined by "and".</summary>
    public override string ToString()
    {
        var parts = All.Select(d => d.AnyOf).ToList();
        return string.Join(" and ", parts.Select(p => parts.Count > 1 && p.Count > 1 ? $"({string.Join(" or ", p)})" : string.Join(" or ", p)));
    }
}
