using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Questions.Pages.Admin.Questions;

/// <summary>One question: the asker's contact (until erased), the unit it is assigned to, the answer editor, publish or refuse.</summary>
[AdminPermission(QuestionPermissions.View)]
public sealed class DetailsModel(QuestionDesk queue, ContentDefinitionStore definitions) : PageModel
{
    public CitizenQuestionRecord Question { get; private set; } = null!;

    [BindProperty] public string? Unit { get; set; }

    [BindProperty] public string? AnswerHtml { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public Task<IActionResult> OnGetAsync(int id) => LoadAsync(id, () => Task.CompletedTask, null);

    [AdminPermission(QuestionPermissions.Assign)]
    public Task<IActionResult> OnPostAssignAsync(int id) =>
        LoadAsync(id, () => queue.AssignAsync(Question, Unit ?? "", UserName, HttpContext.RequestAborted), "Đã giao câu hỏi cho đơn vị.");

    [AdminPermission(QuestionPermissions.Answer)]
    public Task<IActionResult> OnPostAnswerAsync(int id) =>
        LoadAsync(id, () => queue.AnswerAsync(Question, AnswerHtml ?? "", UserName, HttpContext.RequestAborted),
            "Đã lưu câu trả lời. Thư trả lời sẽ được gửi tới người hỏi (nếu có thư điện tử).");

    [AdminPermission(QuestionPermissions.Publish)]
    public Task<IActionResult> OnPostPublishAsync(int id) =>
        LoadAsync(id, () => queue.PublishAsync(Question, UserName, HttpContext.RequestAborted), "Đã công khai câu hỏi và câu trả lời.");

    [AdminPermission(QuestionPermissions.Publish)]
    public Task<IActionResult> OnPostRejectAsync(int id) =>
        LoadAsync(id, () => queue.RejectAsync(Question, Reason ?? "", UserName, HttpContext.RequestAborted), "Đã từ chối câu hỏi.");

    public static bool Can(HttpContext context, string permission) => QuestionsAccess.Has(context.User, permission);

    private string UserName => User.Identity?.Name ?? "";

    private async Task<IActionResult> LoadAsync(int id, Func<Task> action, string? done)
    {
        if ((await definitions.LoadAsync(HttpContext.RequestAborted)).FindType(HoiDapType.TypeName) is null
            || await queue.FindAsync(id, HttpContext.RequestAborted) is not { } question)
        {
            return NotFound();
        }

        Question = question;
        try
        {
            await action();
            Message = done;
        }
        catch (ContentException e)
        {
            // What the official typed stays in the form (Unit, AnswerHtml, Reason are bound, not reloaded).
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        Unit ??= question.Unit;
        AnswerHtml ??= question.AnswerHtml;
        return Page();
    }
}
