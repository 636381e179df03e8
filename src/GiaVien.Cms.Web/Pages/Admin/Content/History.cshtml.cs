using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Admin;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Content;

/// <summary>Lịch sử phiên bản: every version with who and when, a field-by-field comparison of two, restore of an old one.</summary>
[AdminPermission(ContentPermissions.EditContent, ContentPermissions.EditOwnContent)]
public sealed class HistoryModel(ContentVersions versions, ContentManager manager, ContentTrash trash, ContentDefinitionStore definitionStore,
    StoredContentReferences references, ContentEditorForm form, SiteSettingsStore settings) : PageModel
{
    public IReadOnlyList<ContentItemRecord> Versions { get; private set; } = [];
    public IReadOnlyList<(string Label, string Left, string Right)> Differences { get; private set; } = [];
    public ContentItemRecord? Left { get; private set; }
    public ContentItemRecord? Right { get; private set; }
    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? a, string? b)
    {
        Versions = await versions.HistoryAsync(id, HttpContext.RequestAborted);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        if (!await AllowedAsync(ContentAction.Edit))
        {
            return Forbid();
        }

        Left = Versions.FirstOrDefault(v => v.ContentItemVersionId == a);
        Right = Versions.FirstOrDefault(v => v.ContentItemVersionId == b);
        if (Left is not null && Right is not null)
        {
            Differences = await CompareAsync(Left, Right);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, string versionId)
    {
        Versions = await versions.HistoryAsync(id, HttpContext.RequestAborted);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        if (!await AllowedAsync(ContentAction.Edit))
        {
            return Forbid();
        }

        try
        {
            var definitions = await definitionStore.LoadAsync(HttpContext.RequestAborted);
            await manager.RestoreVersionAsync(id, versionId, Versions[0].Number, definitions, references, User.Name(), HttpContext.RequestAborted);
            return RedirectToPage("Edit", new { id, msg = "restored" });
        }
        catch (ContentException e)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ErrorMessage = e.Message;
            return Page();
        }
    }

    /// <summary>Takes an item out of the trash (from the content list's trash view).</summary>
    [AdminPermission(ContentPermissions.PublishContent, ContentPermissions.EditOwnContent, ContentPermissions.DeleteContent)]
    public async Task<IActionResult> OnPostUntrashAsync(string id)
    {
        Versions = await versions.HistoryAsync(id, HttpContext.RequestAborted);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        if (!await AllowedAsync(ContentAction.Restore))
        {
            return Forbid();
        }

        await trash.RestoreAsync(id, User.Name(), HttpContext.RequestAborted);
        return RedirectToPage("Edit", new { id, msg = "restored" });
    }

    private async Task<bool> AllowedAsync(ContentAction action)
    {
        var reviewRequired = await settings.ReviewRequiredAsync(HttpContext.RequestAborted);
        return ContentPermissions.Can(User.Permissions(), User.Name(), action, Versions[0].Owner, reviewRequired, Versions.Any(v => v.PublishedUtc is not null), Versions[0].ContentType);
    }

    private async Task<IReadOnlyList<(string, string, string)>> CompareAsync(ContentItemRecord left, ContentItemRecord right)
    {
        var definitions = await definitionStore.LoadAsync(HttpContext.RequestAborted);
        var type = definitions.FindType(left.ContentType);
        var differences = new List<(string, string, string)>();
        if (left.DisplayText != right.DisplayText)
        {
            differences.Add(("Tiêu đề", left.DisplayText, right.DisplayText));
        }

        if (type is null)
        {
            return differences;
        }

        var leftFields = await form.FieldsAsync(type, definitions, ContentItemMapper.ToItem(left), HttpContext.RequestAborted);
        var rightFields = await form.FieldsAsync(type, definitions, ContentItemMapper.ToItem(right), HttpContext.RequestAborted);
        foreach (var (l, r) in leftFields.Zip(rightFields))
        {
            var (lv, rv) = (l.Value + string.Join(", ", l.Values), r.Value + string.Join(", ", r.Values));
            if (lv != rv)
            {
                differences.Add((l.Label, lv, rv));
            }
        }

        return differences;
    }
}
