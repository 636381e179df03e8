using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Media.Pages.Admin.Media;

/// <summary>One file: alt text and caption, rename, move, and delete with a warning when content uses it.</summary>
[AdminPermission(MediaServiceCollectionExtensions.ManageMediaPermission)]
public sealed class EditModel(MediaLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Path { get; set; } = "";

    public MediaFileView Item { get; private set; } = null!;

    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];

    public IReadOnlyList<string> Folders { get; private set; } = [];

    public string? ErrorMessage { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>Set when a delete was asked for a file that content still uses: the page asks to confirm.</summary>
    public bool ConfirmDelete { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? saved)
    {
        Notice = saved is null ? null : "Đã lưu.";
        return await LoadAsync() ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostSaveAsync(string? altText, string? caption) =>
        RunAsync(async () =>
        {
            await library.UpdateTextAsync(Path, altText, caption, HttpContext.RequestAborted);
            return Path;
        });

    public Task<IActionResult> OnPostRenameAsync(string? newName) =>
        RunAsync(() => library.RenameAsync(Path, newName, HttpContext.RequestAborted));

    public Task<IActionResult> OnPostMoveAsync(string? folder) =>
        RunAsync(() => library.MoveAsync(Path, folder, HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostDeleteAsync(bool confirmed)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Uses.Count > 0 && !confirmed)
        {
            ConfirmDelete = true;
            return Page();
        }

        await library.DeleteAsync(Path, HttpContext.RequestAborted);
        return Redirect(Url.Page("/Admin/Media/Index", new { folder = Item.Folder.Length == 0 ? null : Item.Folder })!);
    }

    private async Task<IActionResult> RunAsync(Func<Task<string>> action)
    {
        try
        {
            var path = await action();
            return Redirect(Url.Page("/Admin/Media/Edit", new { path, saved = 1 })!);
        }
        catch (MediaException e)
        {
            if (!await LoadAsync())
            {
                return NotFound();
            }

            ErrorMessage = e.Message;
            Response.StatusCode = e.StatusCode;
            return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var record = await library.FindAsync(Path, HttpContext.RequestAborted);
        if (record is null)
        {
            return false;
        }

        Item = MediaFileView.From(record, Request.PathBase.Value ?? "");
        Uses = await library.FindUsesAsync(Path, HttpContext.RequestAborted);
        Folders = await library.AllFoldersAsync(HttpContext.RequestAborted);
        return true;
    }
}
