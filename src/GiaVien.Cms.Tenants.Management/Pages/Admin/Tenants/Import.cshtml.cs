using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>Restores a tenant from an export, as a new tenant or into one that has no data yet.</summary>
[RequestSizeLimit(MaxArchiveBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxArchiveBytes)]
[AdminPermission(Roles.ManageTenants)]
public sealed class ImportModel(TenantRegistry registry, TenantImporter importer) : PageModel
{
    public const long MaxArchiveBytes = 2L * 1024 * 1024 * 1024;

    [BindProperty] public IFormFile? Archive { get; set; }
    [BindProperty] public string? Into { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? UrlPrefix { get; set; }
    [BindProperty] public string? HostNames { get; set; }

    public IReadOnlyList<TenantRecord> EmptyTenants =>
        registry.Map.Tenants.Where(t => t.State == TenantState.Uninitialized).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Archive is null || Archive.Length == 0)
        {
            ModelState.AddModelError(nameof(Archive), "Hãy chọn tệp sao lưu (.zip).");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        string name;
        try
        {
            await using var stream = Archive.OpenReadStream();
            if (string.IsNullOrEmpty(Into))
            {
                var spec = new TenantSpec((Name ?? "").Trim(), DisplayName ?? "", string.IsNullOrWhiteSpace(UrlPrefix) ? null : UrlPrefix.Trim(), TenantForm.SplitHosts(HostNames), null);
                name = (await importer.ImportAsNewAsync(stream, spec, HttpContext.RequestAborted)).Name;
            }
            else
            {
                await importer.ImportIntoAsync(stream, Into, HttpContext.RequestAborted);
                name = Into;
            }
        }
        catch (TenantArchiveException e)
        {
            ModelState.AddModelError(nameof(Archive), e.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (TenantException e)
        {
            ModelState.AddModelError(TenantForm.FieldOf(e), e.Message);
            Response.StatusCode = e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }

        return LocalRedirect(Url.Content($"~/admin/tenants/{name}"));
    }
}
