namespace GiaVien.Cms.Web.Security.Csp;

/// <summary>
/// Keeps the admin apart from the rest of its origin. Tenants under a URL prefix share the district's origin, so
/// a script running on any of their pages would send the district administrator's cookie with its requests; cookies,
/// SameSite and Origin cannot tell it from the admin. Fetch metadata can, for what matters: a script cannot make
/// a request a navigation (<c>Sec-Fetch-Mode</c> is set by the browser), so with admin pages served only to
/// top-level navigations such a script can never read an admin page, hence never its antiforgery token, hence
/// never post a form. Requests without fetch metadata (API clients, tests, old browsers) are not browsers'
/// scripts and pass; every browser in use sends it.
/// </summary>
public sealed class AdminRequests(RequestDelegate next, ILogger<AdminRequests> logger)
{
    /// <summary>Sent by the admin's own scripts (media picker, uploads) with their requests to the admin's JSON endpoints.</summary>
    public const string ScriptHeader = "X-GiaVien-Admin";

    private static readonly object Key = new();

    public static bool IsAdmin(HttpContext context) => context.Items.ContainsKey(Key);

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        context.Items[Key] = true;
        var refusal = Refusal(context.Request, IsScriptEndpoint(path));
        if (refusal is null)
        {
            return next(context);
        }

        logger.LogInformation("Admin request {Method} {Path} refused: {Reason}", context.Request.Method, path.Value, refusal);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Trang quản trị chỉ mở được trực tiếp trong trình duyệt, không qua trang khác.");
    }

    /// <summary>The admin's JSON endpoints, called by its scripts (<c>/admin/media/api/…</c>).</summary>
    private static bool IsScriptEndpoint(PathString path) =>
        path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries) is var segments && segments.Length > 2 && segments[2] == "api";

    /// <returns>Why a browser's request is refused, or null.</returns>
    internal static string? Refusal(HttpRequest request, bool scriptEndpoint)
    {
        var headers = request.Headers;
        var mode = headers["Sec-Fetch-Mode"].ToString();
        if (mode.Length == 0)
        {
            return null;
        }

        var site = headers["Sec-Fetch-Site"].ToString();
        if (mode == "navigate")
        {
            var destination = headers["Sec-Fetch-Dest"].ToString();
            if (destination.Length > 0 && destination != "document")
            {
                return $"a navigation of a {destination}, not of the whole tab";
            }

            return HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || site == "same-origin"
                ? null
                : $"a form sent from a {site} page";
        }

        // Not a navigation: a script or an embedded resource. Only the admin's scripts, to its JSON endpoints.
        return scriptEndpoint && site == "same-origin" && headers.ContainsKey(ScriptHeader)
            ? null
            : $"a {mode} request (destination {headers["Sec-Fetch-Dest"]}) for an admin page";
    }
}
