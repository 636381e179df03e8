using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Schedule.Editing;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Schedule.Pages.Admin.Schedule;

/// <summary>
/// "Lịch công tác" in the admin: one week as a table of rows. Adding, removing and copying last week's rows post the
/// whole form back and return it with every typed value (the page works without script; with it, rows are added and
/// removed in place). Nothing is stored before "Lưu bản nháp" or "Xuất bản"; a failed save keeps the text and says,
/// per cell, what to correct. The content type's permissions are checked on the server for the week's item.
/// </summary>
[AdminPermission(ContentPermissions.EditContent, ContentPermissions.EditOwnContent)]
public sealed class IndexModel(ScheduleWeeks weeks, ScheduleWeekEditor editor, TimeProvider clock) : PageModel
{
    public const string WeekParameter = "tuan";

    [BindProperty(SupportsGet = true, Name = WeekParameter)]
    public string? WeekText { get; set; }

    [BindProperty]
    public List<ScheduleRowInput> Rows { get; set; } = [];

    public IsoWeek Week { get; private set; }

    public IsoWeek ThisWeek => IsoWeek.Of(VietnamTime.Today(clock));

    /// <summary>False when the page only says why it cannot be used (a wrong week, no permission).</summary>
    public bool ShowForm { get; private set; } = true;

    public ScheduleWeekState State { get; private set; } = new(false, null, null, false);

    public List<ScheduleRowError> Errors { get; } = [];

    public string? Message { get; private set; }

    /// <summary>The row whose first cell takes the focus (a row just added), or null.</summary>
    public int? FocusRow { get; private set; }

    public bool CanPublish => Can(ContentAction.Publish);

    public string? ErrorOf(int row, string column) => Errors.FirstOrDefault(e => e.Row == row && e.Column == column)?.Message;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await OpenAsync() is { } refused)
        {
            return refused;
        }

        Rows = [.. (await editor.OpenAsync(Week, HttpContext.RequestAborted)).Select(ScheduleRowInput.From)];
        Message = HttpContext.Request.Query["msg"].ToString() switch
        {
            "saved" => "Đã lưu bản nháp. Lịch trên trang công khai chưa thay đổi.",
            "published" => "Đã xuất bản. Trang Lịch công tác đã được cập nhật.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAddRowAsync() => RedisplayAsync(() =>
    {
        var day = Rows.Count > 0 && DateOnly.TryParse(Rows[^1].Day, System.Globalization.CultureInfo.InvariantCulture, out var last) && Week.Contains(last) ? last : Week.Monday;
        Rows.Add(ScheduleRowInput.Empty(day));
        FocusRow = Rows.Count - 1;
        return Task.CompletedTask;
    });

    public Task<IActionResult> OnPostRemoveRowAsync(int row) => RedisplayAsync(() =>
    {
        if (row >= 0 && row < Rows.Count)
        {
            Rows.RemoveAt(row);
            Message = $"Đã bỏ dòng {row + 1} khỏi bảng (chưa lưu).";
        }

        return Task.CompletedTask;
    });

    public Task<IActionResult> OnPostCopyPreviousAsync() => RedisplayAsync(async () =>
    {
        var copied = await editor.CopyPreviousAsync(Week, HttpContext.RequestAborted);
        Rows = [.. Rows.Where(r => !r.IsBlank), .. copied.Select(ScheduleRowInput.From)];
        Message = copied.Count == 0
            ? $"Tuần trước ({Week.Previous}) chưa có dòng lịch nào để sao chép."
            : $"Đã sao chép {copied.Count} dòng của tuần {Week.Previous} vào các ngày tương ứng tuần này. Hãy kiểm tra rồi lưu.";
    });

    public Task<IActionResult> OnPostSaveAsync() => SaveAsync(publish: false);

    [AdminPermission(ContentPermissions.PublishContent)]
    public Task<IActionResult> OnPostPublishAsync() => SaveAsync(publish: true);

    private async Task<IActionResult> SaveAsync(bool publish)
    {
        if (await OpenAsync() is { } refused)
        {
            return refused;
        }

        if (publish && !CanPublish)
        {
            return Refuse("Bạn không có quyền xuất bản lịch công tác; hãy bấm “Lưu bản nháp” để giữ những gì đã nhập.", keepForm: true);
        }

        var entries = ScheduleRows.Read(Week, Rows, Errors);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            await editor.SaveAsync(Week, entries, publish, User.Name(), HttpContext.RequestAborted);
        }
        catch (ContentValidationException failed)
        {
            Errors.AddRange(failed.Errors.Select(e => new ScheduleRowError(-1, e.Path, e.Message)));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        return Redirect($"{Request.PathBase}/admin/lich-cong-tac?{WeekParameter}={Week}&msg={(publish ? "published" : "saved")}");
    }

    private async Task<IActionResult> RedisplayAsync(Func<Task> change)
    {
        if (await OpenAsync() is { } refused)
        {
            return refused;
        }

        await change();
        return Page();
    }

    /// <summary>Reads the week and checks the feature and the user's right to edit it; a result when the page must not be shown.</summary>
    private async Task<IActionResult?> OpenAsync()
    {
        if (!await weeks.EnabledAsync(HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(WeekText))
        {
            Week = ThisWeek;
        }
        else if (IsoWeek.TryParse(WeekText, out var week))
        {
            Week = week;
        }
        else
        {
            Week = ThisWeek;
            Errors.Add(new ScheduleRowError(-1, "", $"Tuần “{WeekText}” không hợp lệ. Hãy ghi tuần theo dạng năm-W số tuần, ví dụ {Week}."));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ShowForm = false;
            return Page();
        }

        State = await editor.StateAsync(Week, HttpContext.RequestAborted);
        return Can(State.Exists ? ContentAction.Edit : ContentAction.Create) ? null : Refuse("Bạn không có quyền sửa lịch công tác.");
    }

    private bool Can(ContentAction action) => ContentPermissions.Can(User.Permissions(), User.Name(), action,
        State.Owner, reviewRequired: true, State.PublishedUtc is not null, ScheduleFeature.ContentType);

    private PageResult Refuse(string message, bool keepForm = false)
    {
        Errors.Add(new ScheduleRowError(-1, "", message));
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ShowForm = keepForm;
        return Page();
    }
}
