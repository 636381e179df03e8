using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Library;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Media.Pages.Admin.Media;

/// <summary>The media library: one folder at a time, a page of files at a time, with search, upload and folders.</summary>
[AdminPermission(MediaServiceCollectionExtensions.ManageMediaPermission)]
public sealed class IndexModel(MediaLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Folder { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public MediaPage Listing { get; private set; } = null!;

    public QuotaUsage Usage { get; private set; } = null!;

    public string? ErrorMessage { get; private set; }

    public string BasePath => Request.PathBase.Value ?? "";

    public async Task<IActionResult> OnGetAsync()
    {
        try
        {
            await LoadAsync();
            return Page();
        }
        catch (MediaException e) when (e.Code == MediaErrorCode.FolderNotFound)
        {
            return NotFound();
        }
    }

    public Task<IActionResult> OnPostCreateFolderAsync(string? name) => RunAsync(async () =>
        Folder = await library.CreateFolderAsync(Folder, name ?? "", HttpContext.RequestAborted));

    public Task<IActionResult> OnPostDeleteFolderAsync() => RunAsync(async () =>
    {
        await library.DeleteFolderAsync(Folder ?? "", HttpContext.RequestAborted);
        Folder = GiaVien.Cms.Media.MediaPath.ParentOf(Folder ?? "");
    });

    public string PageUrl(string? folder, int page = 1, string? q = null) =>
        Url.Page("/Admin/Media/Index", new { folder = string.IsNullOrEmpty(folder) ? null : folder, q = string.IsNullOrEmpty(q) ? null : q, p = page == 1 ? (int?)null : page })!;

    private async Task<IActionResult> RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            return Redirect(PageUrl(Folder));
        }
        catch (MediaException e)
        {
            ErrorMessage = e.Message;
            Response.StatusCode = e.StatusCode;
            if (e.Code == MediaErrorCode.FolderNotFound)
            {
                Folder = null;
            }

            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        Listing = await library.ListAsync(Folder, Q, PageNumber, cancellationToken: HttpContext.RequestAborted);
        Usage = await library.UsageAsync(HttpContext.RequestAborted);
    }
}
