using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>Archives of removed tenants: restore, download or purge.</summary>
[AdminPermission(Roles.ManageTenants)]
public sealed class ArchivesModel(TenantRemoval removal) : PageModel
{
    public IReadOnlyList<TenantArchive> Archives { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync() => Archives = await removal.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostRestoreAsync(int id)
    {
        try
        {
            var tenant = await removal.RestoreAsync(id, cancellationToken: HttpContext.RequestAborted);
            return LocalRedirect(Url.Content($"~/admin/tenants/{tenant.Name}"));
        }
        catch (Exception e) when (e is TenantException or TenantArchiveException)
        {
            ModelState.AddModelError("", e.Message);
            Response.StatusCode = e is TenantException { IsConflict: true } ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            await OnGetAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostPurgeAsync(int id)
    {
        try
        {
            await removal.PurgeAsync(id, HttpContext.RequestAborted);
            Message = "Đã xóa hẳn bản lưu trữ.";
        }
        catch (TenantException e)
        {
            ModelState.AddModelError("", e.Message);
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDownloadAsync(int id)
    {
        try
        {
            return File(await removal.OpenAsync(id, HttpContext.RequestAborted), "application/zip", $"luu-tru-{id}.zip");
        }
        catch (TenantException)
        {
            return NotFound();
        }
    }
}
