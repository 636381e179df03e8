using GiaVien.Cms.Procedures.Import;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Procedures.Pages.Admin.Procedures;

/// <summary>
/// "Nhập thủ tục hành chính từ bảng tính": upload an XLSX, see every row checked (errors per row, in Vietnamese), then
/// confirm; nothing is written before the confirmation, and the confirmation re-checks the rows against the database.
/// Importing publishes, so it needs the publishing permission.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = (int)MaxRequestBytes)]
[AdminPermission("PublishContent")]
public sealed class ImportModel(ProcedureImportPreview previews, ProcedureImporter importer, ProcedureImportPayload payloads, ShellScope shell) : PageModel
{
    // The upload itself, or the protected rows of a preview posted back (compressed, far smaller than the XLSX).
    private const long MaxRequestBytes = ProcedureSpreadsheet.MaxUploadBytes + 64 * 1024;

    public ProcedurePreview? Preview { get; private set; }

    /// <summary>The previewed rows, protected, for the confirmation form.</summary>
    public string? Payload { get; private set; }

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public IActionResult OnGet() => Page();

    public IActionResult OnGetTemplate() => File(ProcedureTemplate.Create(), ProcedureTemplate.ContentType, ProcedureTemplate.FileName);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        if (UploadProblem(file) is { } problem)
        {
            return Refuse(problem, StatusCodes.Status400BadRequest);
        }

        ProcedureSheet sheet;
        await using (var stream = file!.OpenReadStream())
        {
            sheet = ProcedureSpreadsheet.Read(stream);
        }

        if (sheet.Errors.Count > 0)
        {
            return Refuse(sheet.Errors[0], StatusCodes.Status422UnprocessableEntity);
        }

        return await ShowPreviewAsync(sheet.Rows);
    }

    public async Task<IActionResult> OnPostConfirmAsync(string? payload)
    {
        if (payloads.Unprotect(payload ?? "", shell.Shell.Name, UserName) is not { } rows)
        {
            return Refuse("Phiên xem trước không hợp lệ hoặc đã hết hạn; hãy tải bảng tính lên lại.", StatusCodes.Status400BadRequest);
        }

        var preview = await previews.BuildAsync(rows, HttpContext.RequestAborted);
        if (preview is null || preview.ErrorCount > 0)
        {
            // The database changed since the preview (a code taken, a type edited): show the rows again, nothing written.
            return await ShowPreviewAsync(rows);
        }

        await importer.ApplyAsync(preview, UserName, HttpContext.RequestAborted);
        Message = $"Đã nhập bảng tính: {preview.Count(ProcedureImportAction.Create)} thủ tục thêm mới, "
            + $"{preview.Count(ProcedureImportAction.Update)} thủ tục cập nhật, {preview.Count(ProcedureImportAction.Unchanged)} thủ tục không thay đổi.";
        return Page();
    }

    private string UserName => User.Identity?.Name ?? "";

    private async Task<IActionResult> ShowPreviewAsync(IReadOnlyList<ProcedureRow> rows)
    {
        Preview = await previews.BuildAsync(rows, HttpContext.RequestAborted);
        if (Preview is null)
        {
            return Refuse("Đơn vị chưa bật tính năng “Thủ tục hành chính”.", StatusCodes.Status409Conflict);
        }

        if (Preview.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Payload = payloads.Protect(rows, shell.Shell.Name, UserName);
        }

        return Page();
    }

    private static string? UploadProblem(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return "Hãy chọn tệp bảng tính (.xlsx).";
        }

        if (file.Length > ProcedureSpreadsheet.MaxUploadBytes)
        {
            return "Tệp bảng tính lớn hơn 5 MB; hãy chia thành nhiều tệp.";
        }

        return Path.GetExtension(file.FileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase) ? null : "Chỉ nhận tệp Excel .xlsx (bảng tính mới, không phải .xls hay .csv).";
    }

    private PageResult Refuse(string error, int status)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
