using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Tenants;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// Resolves the request's tenant, turns its URL prefix into the request's path base, sets its shell as a feature of the
/// request (<see cref="TenantScopeEntry"/> enters it in the request's DI scope) and pushes <c>Tenant</c> into every log
/// event of the request. A tenant whose database is
/// missing or unreadable (<see cref="TenantFailures"/>) answers 503, whether that is known already or found by this request.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next, TenantRegistry registry, ShellHost shells, TenantFailures failures, RetiredTenantRedirects redirects, TimeProvider clock)
{
    public const int RetryAfterSeconds = 10;

    public async Task InvokeAsync(HttpContext context)
    {
        var match = registry.Map.Resolve(context.Request.Host.Value ?? "", FirstSegment(context.Request.Path));
        if (match is null)
        {
            // No tenant at all yet: the records are still being read after a start, or the first-run setup has not
            // created the district site.
            await WriteStatusAsync(context, null, TenantStatusPages.InitializingMessage, () => Task.FromResult(TenantStatusPages.Initializing("Cổng thông tin điện tử")), retry: true);
            return;
        }

        context.Features.Set(match);
        using var logProperties = LogContext.Push(new TenantRequestLogProperties(match.Tenant.Name, context.TraceIdentifier));
        if (match.Tenant.RetiredInto is not null && await redirects.LocationAsync(match, context.Request, context.RequestAborted) is { } location)
        {
            // A commune merged into another: its old links keep working, even though the tenant is disabled.
            context.Response.Headers.CacheControl = "public, max-age=3600";
            context.Response.Redirect(location, permanent: true);
            return;
        }

        switch (match.Tenant.State)
        {
            case TenantState.Running when await failures.IsStillFailedAsync(match.Tenant, context.RequestAborted):
                await WriteUnavailableAsync(context, match, retry: true);
                return;
            case TenantState.Running:
                break;
            case TenantState.Initializing:
                await WriteStatusAsync(context, match, TenantStatusPages.InitializingMessage, () => ThemedAsync(context, match, TenantStatusPages.InitializingMessage, TenantStatusPages.Initializing), retry: true);
                return;
            case TenantState.Disabled:
                await WriteUnavailableAsync(context, match, retry: false);
                return;
            default:
                // Not set up yet: most often created a moment ago and queued for its background setup.
                await WriteStatusAsync(context, match, TenantStatusPages.NotSetUpMessage, () => Task.FromResult(TenantStatusPages.NotSetUp(match.Tenant.DisplayName)), retry: true);
                return;
        }

        try
        {
            await ServeAsync(context, match);
        }
        catch (Exception e) when (!context.Response.HasStarted && DatabaseFailures.MayBeUnavailable(e))
        {
            // Refused rather than a 500: a write into a lost database is not acknowledged, and the visitor sees the status page.
            if (!await failures.ReportAsync(match.Tenant, e))
            {
                throw;
            }

            context.Response.Clear();
            await WriteUnavailableAsync(context, match, retry: true);
        }
    }

    private async Task ServeAsync(HttpContext context, TenantMatch match)
    {
        var shell = await shells.GetAsync(match.Tenant, context.RequestAborted);
        shell.LastRequestTicks = clock.GetUtcNow().UtcTicks;
        context.Features.Set(shell);

        var (originalPathBase, originalPath) = (context.Request.PathBase, context.Request.Path);
        if (match.Prefix is not null)
        {
            var prefixLength = match.Prefix.Length + 1;
            var path = originalPath.Value!;
            context.Request.PathBase = originalPathBase.Add(new PathString(path[..prefixLength]));
            context.Request.Path = new PathString(path.Length > prefixLength ? path[prefixLength..] : "/");
        }

        try
        {
            await next(context);
        }
        finally
        {
            // Outer middleware (the request log) sees the path as the visitor asked for it.
            context.Request.PathBase = originalPathBase;
            context.Request.Path = originalPath;
        }
    }

    /// <summary>"Trang tạm ngừng hoạt động": disabled (no retry promised) or failed (retry: its data may come back).</summary>
    private static Task WriteUnavailableAsync(HttpContext context, TenantMatch match, bool retry) =>
        WriteStatusAsync(context, match, TenantStatusPages.UnavailableMessage, () => ThemedAsync(context, match, TenantStatusPages.UnavailableMessage, TenantStatusPages.Unavailable), retry);

    /// <summary>The path's first segment, as a view of the path (no new string per request); empty when there is none.</summary>
    private static ReadOnlySpan<char> FirstSegment(PathString path)
    {
        var value = path.Value.AsSpan();
        if (value.Length < 2)
        {
            return default;
        }

        var rest = value[1..];
        var end = rest.IndexOf('/');
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>The status page in the theme when a renderer is registered; the plain page if there is none or it fails.</summary>
    private static async Task<string> ThemedAsync(HttpContext context, TenantMatch match, (string Title, string Message) text, Func<string, string> plain)
    {
        if (context.RequestServices.GetService(typeof(ITenantStatusPageRenderer)) is ITenantStatusPageRenderer renderer)
        {
            try
            {
                return await renderer.RenderAsync(match.Tenant.DisplayName, match.Prefix is null ? "" : "/" + match.Prefix, text.Title, text.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                (context.RequestServices.GetService(typeof(ILogger<TenantMiddleware>)) as ILogger)?
                    .LogError(e, "The themed status page of tenant {TenantName} failed; the plain one was shown", match.Tenant.Name);
            }
        }

        return plain(match.Tenant.DisplayName);
    }

    /// <summary>The 503 status page; an API client gets the same words as problem details, as every API error is.</summary>
    private static async Task WriteStatusAsync(HttpContext context, TenantMatch? match, (string Title, string Message) text, Func<Task<string>> page, bool retry)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.CacheControl = "no-store";
        if (retry)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
        }

        if (AsksForApi(context.Request.Path, match))
        {
            await context.Response.WriteAsJsonAsync(
                new { type = "about:blank", title = text.Title, status = StatusCodes.Status503ServiceUnavailable, detail = text.Message },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json; charset=utf-8", context.RequestAborted);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(await page(), context.RequestAborted);
    }

    /// <summary>Whether the path, after the tenant's prefix, is under <c>/api</c>.</summary>
    private static bool AsksForApi(PathString path, TenantMatch? match) =>
        match?.Prefix is { } prefix && path.StartsWithSegments("/" + prefix, out var rest) ? rest.StartsWithSegments("/api") : path.StartsWithSegments("/api");
}
