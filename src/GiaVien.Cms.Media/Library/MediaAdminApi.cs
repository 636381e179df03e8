using GiaVien.Cms.Data.Media;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Media.Library;

/// <summary>
/// JSON endpoints of the media library for the admin's scripts: the picker's listing and the uploader.
/// Both require <paramref name="policy"/>; uploads also require the tenant-bound antiforgery token.
/// </summary>
public static class MediaAdminApi
{
    public static void MapMediaAdminApi(this IEndpointRouteBuilder endpoints, string policy)
    {
        var api = endpoints.MapGroup("/admin/media/api").RequireAuthorization(policy).ExcludeFromDescription();
        api.MapGet("/list", ListAsync);
        api.MapPost("/upload", UploadAsync).DisableAntiforgery(); // validated explicitly below, before the body is read
    }

    private static async Task<IResult> ListAsync(HttpContext context, MediaLibrary library, string? folder, string? q, int? page, string? kind)
    {
        try
        {
            var filter = Enum.TryParse<MediaKind>(kind, ignoreCase: true, out var k) ? k : (MediaKind?)null;
            var result = await library.ListAsync(folder, q, page ?? 1, filter, context.RequestAborted);
            var basePath = context.Request.PathBase.Value ?? "";
            return Results.Json(new
            {
                result.Folder,
                result.Query,
                result.Folders,
                Files = result.Files.Select(f => MediaFileView.From(f, basePath)),
                result.Page,
                result.PageCount,
                result.Total,
            });
        }
        catch (MediaException e)
        {
            return Results.Json(new { Error = e.Message }, statusCode: e.StatusCode);
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext context, MediaLibrary library, IAntiforgery antiforgery, IOptions<MediaOptions> options)
    {
        var limit = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > limit)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, $"Tệp quá lớn: mỗi lần tải lên tối đa {Uploads.UploadValidator.FormatSize(limit)}.");
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!context.Request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "Yêu cầu tải lên không hợp lệ.");
        }

        // The default multipart limit (128 MB) is below the video limit: the form is read with the library's own,
        // once, before the antiforgery check reads the token from it.
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, $"Tệp quá lớn hoặc bị gửi không trọn vẹn: mỗi lần tải lên tối đa {Uploads.UploadValidator.FormatSize(limit)}.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Error(StatusCodes.Status400BadRequest, "Phiên làm việc đã hết hạn. Hãy tải lại trang rồi thử lại.");
        }

        if (form.Files.Count == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "Chưa chọn tệp nào để tải lên.");
        }

        var basePath = context.Request.PathBase.Value ?? "";
        var results = new List<UploadOutcome>();
        var firstError = 0;
        foreach (var file in form.Files)
        {
            try
            {
                await using var content = file.OpenReadStream();
                var uploaded = await library.UploadAsync(form["folder"], file.FileName, content, context.User.Identity?.Name, context.RequestAborted);
                var message = uploaded.Renamed ? $"Đã có tệp cùng tên; tệp mới được lưu thành “{uploaded.File.FileName}”." : "Đã tải lên.";
                results.Add(new UploadOutcome(file.FileName, true, message, null, MediaFileView.From(uploaded.File, basePath)));
            }
            catch (MediaException e)
            {
                firstError = firstError == 0 ? e.StatusCode : firstError;
                results.Add(new UploadOutcome(file.FileName, false, e.Message, e.Code.ToString(), null));
            }
        }

        var usage = await library.UsageAsync(context.RequestAborted);
        var status = results.Any(r => r.Ok) ? StatusCodes.Status200OK : firstError;
        return Results.Json(new { Results = results, usage.Used, usage.Quota }, statusCode: status);
    }

    private static IResult Error(int status, string message) => Results.Json(new { Error = message }, statusCode: status);
}

public sealed record UploadOutcome(string Name, bool Ok, string Message, string? Code, MediaFileView? File)
{
    /// <summary>The name as the browser sent it, without direction controls that would make it read differently.</summary>
    public string Name { get; init; } = GiaVien.Cms.Data.Text.BidiControls.Strip(Name);
}
