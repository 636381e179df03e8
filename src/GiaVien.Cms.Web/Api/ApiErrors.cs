using System.Text.Json;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// Every error of <c>/api/…</c> is problem details (<c>application/problem+json</c>) in Vietnamese, in every
/// environment: a body that is not JSON, not UTF-8 or has a field of the wrong type, an unknown route, a wrong
/// method, an unexpected exception (logged, never shown). Endpoints that write their own problem are left alone.
/// </summary>
public sealed class ApiErrors(RequestDelegate next, ILogger<ApiErrors> logger)
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsApi(context))
        {
            await next(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            logger.LogInformation("API request refused: {Reason}", e.InnerException?.Message ?? e.Message);
            context.Response.Clear();
            await WriteAsync(context, e.StatusCode, BadRequestDetail(e));
            return;
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(e, "API request failed");
            context.Response.Clear();
            await WriteAsync(context, StatusCodes.Status500InternalServerError, null);
            return;
        }

        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0)
        {
            await WriteAsync(context, context.Response.StatusCode, null);
        }
    }

    private static string? BadRequestDetail(BadHttpRequestException e) => e switch
    {
        { StatusCode: StatusCodes.Status415UnsupportedMediaType } => "Nội dung phải là JSON (Content-Type: application/json; charset=utf-8).",
        { StatusCode: StatusCodes.Status413PayloadTooLarge } => "Nội dung gửi lên vượt quá giới hạn cho phép.",
        { InnerException: JsonException { Path: { Length: > 1 } path } } =>
            $"Nội dung JSON không hợp lệ tại trường {path}: sai kiểu dữ liệu hoặc sai cú pháp.",
        { InnerException: JsonException or System.Text.DecoderFallbackException or InvalidOperationException } =>
            "Nội dung gửi lên không phải JSON hợp lệ (mã hóa UTF-8).",
        _ => null,
    };

    /// <summary>Writes the problem for <paramref name="status"/>; <paramref name="detail"/> null gives the status's usual sentence.</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detail)
    {
        var (title, fallback) = Text(status);
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(
            new { type = "about:blank", title, status, detail = detail ?? fallback },
            (JsonSerializerOptions?)null, "application/problem+json; charset=utf-8", context.RequestAborted);
    }

    private static (string Title, string Detail) Text(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Yêu cầu gửi lên không hợp lệ."),
        StatusCodes.Status401Unauthorized => ("Chưa xác thực", "Cần mã truy cập hợp lệ (Authorization: Bearer gv_…)."),
        StatusCodes.Status403Forbidden => ("Không có quyền", "Bạn không được phép thực hiện thao tác này."),
        StatusCodes.Status404NotFound => ("Không tìm thấy", "Không có địa chỉ API này."),
        StatusCodes.Status405MethodNotAllowed => ("Phương thức không được hỗ trợ", "Địa chỉ API này không nhận phương thức HTTP đã dùng."),
        StatusCodes.Status413PayloadTooLarge => ("Nội dung quá lớn", "Nội dung gửi lên vượt quá giới hạn cho phép."),
        StatusCodes.Status415UnsupportedMediaType => ("Sai định dạng nội dung", "Nội dung phải là JSON (Content-Type: application/json)."),
        StatusCodes.Status429TooManyRequests => ("Quá nhiều yêu cầu", "Bạn gửi yêu cầu quá nhanh, vui lòng đợi vài giây rồi thử lại."),
        >= 500 => ("Lỗi hệ thống", "Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau ít phút."),
        _ => ("Yêu cầu không thực hiện được", "Yêu cầu không thực hiện được."),
    };
}
