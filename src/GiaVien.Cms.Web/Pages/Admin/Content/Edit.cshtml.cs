using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Media.Serving;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Admin;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Content;

/// <summary>
/// The content editor: create, save drafts, submit, publish, return, unpublish, schedule and delete. Every
/// handler checks the user's permission on the server; a refused or failed save shows the form again with
/// everything the editor typed.
/// </summary>
[AdminPermission(ContentPermissions.EditContent, ContentPermissions.EditOwnContent)]
public sealed class EditModel(
    ContentDefinitionStore definitionStore,
    ContentEditorForm form,
    ContentManager manager,
    ContentPublisher publisher,
    ContentPins pins,
    ContentWorkflow workflow,
    ContentTrash trash,
    ContentVersions versions,
    StoredContentReferences references,
    SiteSettingsStore settings) : PageModel
{
    public ContentTypeDefinition Type { get; private set; } = null!;
    public ContentItem? Item { get; private set; }
    public ContentStatus Status { get; private set; } = ContentStatus.Draft;
    public string? ReviewComment { get; private set; }
    public DateTime? ScheduledPublishUtc { get; private set; }
    public DateTime? ScheduledUnpublishUtc { get; private set; }
    public bool HasPublishedVersion { get; private set; }
    public DateTime? PinnedUtc { get; private set; }
    public DateTime? PinnedUntilUtc { get; private set; }
    public List<EditorField> Fields { get; private set; } = [];
    public Dictionary<string, string> OtherErrors { get; } = [];
    public string? ErrorMessage { get; private set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Slug { get; set; } = "";

    /// <summary>The version the form was opened on (optimistic concurrency).</summary>
    [BindProperty]
    public int Number { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? ScheduleAt { get; set; }

    /// <summary>The last day of a pin to "Tin nổi bật" (yyyy-MM-dd, Việt Nam); empty for a pin without end.</summary>
    [BindProperty]
    public string? PinUntil { get; set; }

    [FromQuery(Name = "msg")]
    public string? MessageKey { get; set; }

    public string? Message => MessageKey switch
    {
        "saved" => "Đã lưu bản nháp.",
        "submitted" => "Đã gửi duyệt.",
        "published" => "Đã xuất bản.",
        "unpublished" => "Đã gỡ xuất bản.",
        "returned" => "Đã trả lại bài viết cho tác giả.",
        "scheduled" => "Đã hẹn giờ.",
        "pinned" => "Đã ghim vào Tin nổi bật.",
        "unpinned" => "Đã bỏ ghim khỏi Tin nổi bật.",
        "restored" => "Đã khôi phục.",
        "translation" => "Đây là bản tiếng Anh (địa chỉ /en/…): hãy dịch các trường rồi lưu và xuất bản.",
        _ => null,
    };

    public bool Can(ContentAction action) =>
        ContentPermissions.Can(User.Permissions(), User.Name(), action, Item?.Owner, ReviewRequired, HasPublishedVersion, Type.Name);

    private bool ReviewRequired { get; set; } = true;

    /// <summary>Whether the editor offers the media library's picker (its list and upload endpoints require the same permission).</summary>
    public bool CanUseMediaLibrary => CmsSecurity.HasPermission(User, MediaServiceCollectionExtensions.ManageMediaPermission);

    /// <summary>The thumbnail address of a library path is this followed by the path (the album editor's previews).</summary>
    public string ThumbnailBase => MediaUrls.Profile(Request.PathBase, ImageProfile.Thumbnail, "");

    /// <summary>The small preview of a media field's image (null when none is chosen).</summary>
    public string? ThumbnailUrl(string path) =>
        MediaPath.IsValidFile(path) ? MediaUrls.Profile(Request.PathBase, ImageProfile.Thumbnail, path) : null;

    public async Task<IActionResult> OnGetAsync(string? id, string? type)
    {
        if (!await LoadAsync(id, type))
        {
            return NotFound();
        }

        if (!Can(Item is null ? ContentAction.Create : ContentAction.Edit))
        {
            return Refuse("Bạn không có quyền mở nội dung này.");
        }

        Title = Item?.DisplayText ?? "";
        Slug = Item?.RoutePath?.Split('/')[^1] ?? "";
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string? id, string? type) => SaveThenAsync(id, type, null, "saved");

    [AdminPermission(ContentPermissions.SubmitContent, ContentPermissions.PublishContent)]
    public Task<IActionResult> OnPostSubmitAsync(string? id, string? type) =>
        SaveThenAsync(id, type, (ContentAction.Submit, itemId => workflow.SubmitAsync(itemId, User.Name(), HttpContext.RequestAborted)), "submitted");

    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.SubmitContent)]
    public Task<IActionResult> OnPostPublishAsync(string? id, string? type) =>
        SaveThenAsync(id, type, (ContentAction.Publish, itemId => publisher.PublishAsync(itemId, User.Name(), HttpContext.RequestAborted)), "published");

    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.SubmitContent)]
    public Task<IActionResult> OnPostUnpublishAsync(string id) =>
        ActAsync(id, ContentAction.Unpublish, () => publisher.UnpublishAsync(id, User.Name(), HttpContext.RequestAborted), "unpublished");

    [AdminPermission(ContentPermissions.ReviewContent, ContentPermissions.PublishContent)]
    public Task<IActionResult> OnPostReturnAsync(string id) =>
        ActAsync(id, ContentAction.Return, () => workflow.ReturnAsync(id, Comment ?? "", User.Name(), HttpContext.RequestAborted), "returned");

    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.SubmitContent)]
    public Task<IActionResult> OnPostSchedulePublishAsync(string id) =>
        ActAsync(id, ContentAction.Publish, () => publisher.SchedulePublishAsync(id, ParseSchedule(), User.Name(), HttpContext.RequestAborted), "scheduled");

    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.SubmitContent)]
    public Task<IActionResult> OnPostScheduleUnpublishAsync(string id) =>
        ActAsync(id, ContentAction.Unpublish, () => publisher.ScheduleUnpublishAsync(id, ParseSchedule(), User.Name(), HttpContext.RequestAborted), "scheduled");

    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.SubmitContent)]
    public Task<IActionResult> OnPostCancelScheduleAsync(string id) =>
        ActAsync(id, ContentAction.Publish, () => publisher.CancelSchedulesAsync(id, User.Name(), HttpContext.RequestAborted), "saved");

    // "Tin nổi bật" is the editors' choice: pinning needs the publish permission itself, not a submitter's.
    [AdminPermission(ContentPermissions.PublishContent)]
    public Task<IActionResult> OnPostPinAsync(string id) =>
        ActAsync(id, ContentAction.Publish, () => pins.PinAsync(id, ParsePinEnd(), User.Name(), HttpContext.RequestAborted), "pinned");

    [AdminPermission(ContentPermissions.PublishContent)]
    public Task<IActionResult> OnPostUnpinAsync(string id) =>
        ActAsync(id, ContentAction.Publish, () => pins.UnpinAsync(id, User.Name(), HttpContext.RequestAborted), "unpinned");

    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.EditOwnContent, ContentPermissions.DeleteContent)]
    public async Task<IActionResult> OnPostDeleteAsync(string id)
    {
        var result = await ActAsync(id, ContentAction.Delete, () => trash.DeleteAsync(id, User.Name(), HttpContext.RequestAborted), "deleted");
        return result is RedirectToPageResult ? RedirectToPage("Index", new { msg = "deleted" }) : result;
    }

    /// <summary>"Tạo bản tiếng Anh": opens the item's English translation, made as a draft copy on the first request.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, [FromServices] TranslationDrafts drafts)
    {
        if (!await LoadAsync(id, null))
        {
            return NotFound();
        }

        if (!CanTranslate)
        {
            return Refuse("Bạn không có quyền tạo bản tiếng Anh cho nội dung này.");
        }

        var english = await drafts.EnglishAsync(Item!, await definitionStore.LoadAsync(HttpContext.RequestAborted), User.Name(), HttpContext.RequestAborted);
        return RedirectToPage("Edit", new { id = english, msg = "translation" });
    }

    /// <summary>Whether "Tạo bản tiếng Anh" is offered: a Vietnamese item of a type with translations, and the right to create items.</summary>
    public bool CanTranslate => Item is not null && TranslationDrafts.CanTranslate(Type, Item) && Can(ContentAction.Create);

    private async Task<IActionResult> SaveThenAsync(string? id, string? type, (ContentAction Action, Func<string, Task> Run)? then, string message)
    {
        if (!await LoadAsync(id, type))
        {
            return NotFound();
        }

        if (!Can(Item is null ? ContentAction.Create : ContentAction.Edit) || (then is { } next && !CanAfterSave(next.Action)))
        {
            return Refuse("Bạn không có quyền thực hiện thao tác này; nội dung bạn nhập vẫn được giữ nguyên.", keepForm: true);
        }

        var edited = new ContentItem { ContentItemId = Item?.ContentItemId ?? ContentManager.NewId(), ContentType = Type.Name, Owner = Item?.Owner };
        if (!ContentEditorForm.TryRead(Request.Form, Type, Fields, edited))
        {
            return Invalid("Một số trường chưa hợp lệ, hãy xem các thông báo bên dưới.");
        }

        try
        {
            var definitions = await definitionStore.LoadAsync(HttpContext.RequestAborted);
            var saved = Item is null
                ? await manager.CreateAsync(edited, definitions, references, User.Name(), HttpContext.RequestAborted)
                : await manager.SaveDraftAsync(edited, Number, definitions, references, User.Name(), HttpContext.RequestAborted);
            if (then is { } action)
            {
                await action.Run(saved.ContentItemId);
            }

            return RedirectToPage("Edit", new { id = saved.ContentItemId, msg = message });
        }
        catch (ContentValidationException e)
        {
            ContentEditorForm.ApplyErrors(e.Errors, Fields, OtherErrors);
            return Invalid("Chưa lưu được: hãy sửa các lỗi bên dưới. Nội dung bạn nhập vẫn được giữ nguyên.");
        }
        catch (ContentConflictException e)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ErrorMessage = e.Message;
            return Page();
        }
    }

    private bool CanAfterSave(ContentAction action) =>
        ContentPermissions.Can(User.Permissions(), User.Name(), action, Item?.Owner ?? User.Name(), ReviewRequired, HasPublishedVersion, Type.Name);

    private async Task<IActionResult> ActAsync(string id, ContentAction action, Func<Task> run, string message)
    {
        if (!await LoadAsync(id, null))
        {
            return NotFound();
        }

        if (!Can(action))
        {
            return Refuse("Bạn không có quyền thực hiện thao tác này.");
        }

        try
        {
            await run();
            return RedirectToPage("Edit", new { id, msg = message });
        }
        catch (ContentException e)
        {
            Response.StatusCode = e is ContentConflictException ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            ErrorMessage = e.Message;
            Title = Item!.DisplayText;
            Slug = Item.RoutePath?.Split('/')[^1] ?? "";
            return Page();
        }
    }

    private PageResult Invalid(string message)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        ErrorMessage = message;
        return Page();
    }

    private PageResult Refuse(string message, bool keepForm = false)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        ErrorMessage = message;
        if (keepForm)
        {
            ContentEditorForm.TryRead(Request.Form, Type, Fields, new ContentItem { ContentItemId = "", ContentType = Type.Name });
        }

        return Page();
    }

    private DateTime ParseSchedule() =>
        DateTime.TryParseExact(ScheduleAt, "yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)
            ? TimeZoneInfo.ConvertTimeToUtc(local, VietnameseDates.VietnamTimeZone)
            : throw new ContentException("Hãy chọn ngày giờ hẹn.");

    // A pin lasts through its last day: it ends at the following midnight in Việt Nam.
    private DateTime? ParsePinEnd() =>
        string.IsNullOrWhiteSpace(PinUntil) ? null
        : DateTime.TryParseExact(PinUntil, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1), VietnameseDates.VietnamTimeZone)
            : throw new ContentException("Ngày hết ghim không hợp lệ.");

    private async Task<bool> LoadAsync(string? id, string? type)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var definitions = await definitionStore.LoadAsync(cancellationToken);
        ReviewRequired = await settings.ReviewRequiredAsync(cancellationToken);
        if (id is not null)
        {
            var latest = await versions.LatestAsync(id, cancellationToken);
            if (latest is null || latest.DeletedUtc is not null)
            {
                return false;
            }

            Item = ContentItemMapper.ToItem(latest);
            HasPublishedVersion = await versions.PublishedAsync(id, cancellationToken) is not null;
            Status = ContentStatuses.Of(latest, HasPublishedVersion);
            (ReviewComment, ScheduledPublishUtc, ScheduledUnpublishUtc) = (latest.ReviewComment, latest.ScheduledPublishUtc, latest.ScheduledUnpublishUtc);
            (PinnedUtc, PinnedUntilUtc) = (latest.PinnedUtc, latest.PinnedUntilUtc);
            Number = Request.HasFormContentType && int.TryParse(Request.Form["Number"], out var posted) ? posted : latest.Number;
            type = latest.ContentType;
        }

        if (definitions.FindType(type ?? "") is not { Creatable: true } contentType)
        {
            return false;
        }

        Type = contentType;
        Fields = await form.FieldsAsync(Type, definitions, Item, cancellationToken);
        return true;
    }

    public static string StatusLabel(ContentStatus status) => ContentStatuses.Label(status);
}
