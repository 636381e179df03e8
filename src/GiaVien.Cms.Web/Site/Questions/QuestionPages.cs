using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Questions;
using GiaVien.Cms.Questions.Asking;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Tenants;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Site.Questions;

/// <summary>
/// The resident's side of "Hỏi đáp": the form at <c>/hoi-dap/gui-cau-hoi</c> and its challenge image. Checks, in order:
/// antiforgery (400), the per-address limit (429), the honeypot (answered like a success, nothing stored), the fields
/// (422), the challenge (422). A refused form comes back with everything typed, never cached or compressed (it holds an
/// antiforgery token beside the visitor's text). Published answers are the "HoiDap" type's own list at <c>/hoi-dap</c>.
/// </summary>
public static class QuestionPages
{
    public const string FormPath = "/hoi-dap/gui-cau-hoi";
    public const string ImagePath = "/hoi-dap/ma-xac-nhan";

    private static readonly string[] FormKeys = ["name", "address", "email", "phone", "field", "title", "question", "consent", "answer"];

    public static void MapQuestionPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(FormPath, FormAsync);
        endpoints.MapPost(FormPath, SubmitAsync).DisableAntiforgery();
        endpoints.MapGet(ImagePath, ImageAsync);
    }

    private static async Task<IResult> FormAsync(HttpContext context, PageRenderer renderer, ContentDefinitionStore definitions)
    {
        if (await FieldsAsync(context, definitions) is not { } fields)
        {
            return await renderer.NotFoundAsync(context);
        }

        var sent = context.Request.Query.ContainsKey("da-gui");
        return await RenderAsync(context, renderer, fields, new Dictionary<string, string>(), new Dictionary<string, string>(),
            sent ? "Cảm ơn Ông/Bà đã gửi câu hỏi. Câu trả lời sẽ được gửi qua thư điện tử (nếu có) và có thể được công khai trên trang Hỏi đáp." : null,
            sent, StatusCodes.Status200OK);
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, PageRenderer renderer, ContentDefinitionStore definitions, IAntiforgery antiforgery,
        SubmissionRateLimit rateLimit, QuestionChallenge challenge, QuestionIntake intake, ShellScope scope)
    {
        if (await FieldsAsync(context, definitions) is not { } fields)
        {
            return await renderer.NotFoundAsync(context);
        }

        if (!context.Request.HasFormContentType)
        {
            return Results.Text("Yêu cầu không hợp lệ.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var posted = await context.Request.ReadFormAsync(context.RequestAborted);
        var form = QuestionForm.Read(posted);
        var values = FormKeys.ToDictionary(k => k, k => k == "consent" ? (form.Consent ? "yes" : "") : posted[k].ToString(), StringComparer.Ordinal);
        values["answer"] = "";
        var tenant = scope.Shell.Tenant.Name;
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return await RenderAsync(context, renderer, fields, values, new Dictionary<string, string>(),
                "Phiên làm việc của biểu mẫu đã hết hạn. Vui lòng kiểm tra lại và bấm “Gửi câu hỏi” một lần nữa.", false, StatusCodes.Status400BadRequest);
        }

        if (!await rateLimit.TryAcquireAsync(tenant, context.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            context.Response.Headers.RetryAfter = ((int)context.RequestServices.GetRequiredService<IOptions<QuestionsOptions>>().Value.SubmissionWindow.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await RenderAsync(context, renderer, fields, values, new Dictionary<string, string>(),
                "Bạn đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng đợi ít phút rồi gửi lại; nội dung bạn đã nhập vẫn được giữ nguyên.",
                false, StatusCodes.Status429TooManyRequests);
        }

        if (form.Honeypot.Length > 0)
        {
            return Results.Redirect(context.Request.PathBase + FormPath + "?da-gui=1");
        }

        var errors = form.Validate(fields);
        var check = challenge.Check(tenant, form.Token, form.ChallengeAnswer);
        if (errors.Count == 0 && check.SubmissionKey is null)
        {
            errors["answer"] = check.Expired
                ? "Mã xác nhận đã hết hạn. Vui lòng nhập mã mới bên dưới."
                : "Mã xác nhận chưa đúng. Vui lòng nhập các ký tự trong ảnh hoặc kết quả phép tính.";
        }

        if (errors.Count > 0)
        {
            return await RenderAsync(context, renderer, fields, values, errors,
                "Câu hỏi chưa được gửi. Vui lòng sửa các mục được đánh dấu bên dưới.", false, StatusCodes.Status422UnprocessableEntity);
        }

        await intake.StoreAsync(form, check.SubmissionKey!, context.RequestAborted);
        return Results.Redirect(context.Request.PathBase + FormPath + "?da-gui=1", permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> ImageAsync(HttpContext context, QuestionChallenge challenge, ShellScope scope)
    {
        if (challenge.CodeOf(scope.Shell.Tenant.Name, context.Request.Query["t"]) is not { } code)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.File(ChallengeImage.Png(code), "image/png");
    }

    /// <summary>The lĩnh vực offered, or null when the tenant has no "HoiDap" type (the feature is off).</summary>
    private static async Task<IReadOnlyList<string>?> FieldsAsync(HttpContext context, ContentDefinitionStore definitions)
    {
        var loaded = await definitions.LoadAsync(context.RequestAborted);
        return loaded.FindType(HoiDapType.TypeName) is null ? null : HoiDapType.Fields(loaded);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, PageRenderer renderer, IReadOnlyList<string> fields,
        IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, string? message, bool sent, int status)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<QuestionsOptions>>().Value;
        var ticket = services.GetRequiredService<QuestionChallenge>().Issue(services.GetRequiredService<ShellScope>().Shell.Tenant.Name, options.ChallengeLifetime);
        var tokens = services.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        // The page holds an antiforgery token beside what the visitor typed: never compressed (BREACH), never cached.
        if (context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }

        context.Response.Headers.CacheControl = "no-store";
        var site = await renderer.SiteAsync(context);
        var model = new QuestionFormViewModel(site, site.BasePath + FormPath, site.BasePath + "/hoi-dap", fields, values, errors, message, sent,
            ticket.Token, $"{site.BasePath}{ImagePath}?t={Uri.EscapeDataString(ticket.Token)}", ticket.TextQuestion,
            tokens.FormFieldName, tokens.RequestToken!, QuestionForm.HoneypotField, QuestionForm.MaxQuestionLength);
        return await renderer.PageAsync("QuestionForm", model, site, renderer.Metadata(context, "Gửi câu hỏi"), status);
    }
}
