using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Security;

/// <summary>
/// A form or body over the size limits is answered with 413 and a Vietnamese page rather than an error page;
/// the editor's browser still holds what was typed (and its local autosave copy).
/// </summary>
public sealed class RequestTooLarge(RequestDelegate next, ILogger<RequestTooLarge> logger)
{
    /// <summary>Largest single form value: a very long article with inline markup stays far below it.</summary>
    public const int MaxFormValueBytes = 4 * 1024 * 1024;

    // A GET or HEAD sends no body to refuse: it goes straight on, without the async frame the refusal needs.
    public Task InvokeAsync(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) ? next(context) : GuardedAsync(context);

    private async Task GuardedAsync(HttpContext context)
    {
        try
        {
            if (context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                // Read (and cache) the form here: later readers (antiforgery, binding) would turn the limit into a 400.
                // Multipart uploads are left alone: the media library streams them with its own limits.
                await context.Request.ReadFormAsync(context.RequestAborted);
            }

            await next(context);
        }
        catch (Exception e) when (!context.Response.HasStarted && !Api.ApiErrors.IsApi(context) && (e is InvalidDataException || e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }))
        {
            logger.LogWarning("Request refused as too large: {Reason}", e.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(TenantStatusPages.TooLarge(context.Features.Get<TenantMatch>()?.Tenant.DisplayName ?? ""));
        }
    }
}
