using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>One tenant: its state and setup progress, and what the district administrator can do with it.</summary>
[AdminPermission(Roles.ManageTenants)]
public sealed class DetailsModel(
    TenantRegistry registry,
    TenantProvisioning provisioning,
    TenantExporter exporter,
    TenantRemoval removal,
    TenantRetirement retirement,
    TimeProvider clock,
    PublicOrigins origins) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? UrlPrefix { get; set; }
    [BindProperty] public string? HostNames { get; set; }

    public TenantRecord? Tenant { get; private set; }

    public SetupProgress? Progress => provisioning.Progress(Name);

    public string? Message { get; private set; }

    public string PublicUrl => origins.Absolute(Tenant!, Request, "");

    public IReadOnlyList<TenantRecord> RetireTargets =>
        registry.Map.Tenants.Where(t => t.Name != Name && t.State == TenantState.Running && t.RetiredInto is null)
            .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();

    public IActionResult OnGet() => Load() ? Page() : NotFound();

    public Task<IActionResult> OnPostUpdateAsync() => RunAsync(async () =>
    {
        await registry.UpdateAsync(Name, Version, new TenantSpec(Name, DisplayName ?? "",
            string.IsNullOrWhiteSpace(UrlPrefix) ? null : UrlPrefix.Trim(), TenantForm.SplitHosts(HostNames), null), HttpContext.RequestAborted);
        return "Đã lưu. Địa chỉ mới có hiệu lực ngay.";
    });

    public Task<IActionResult> OnPostDisableAsync() => RunAsync(async () =>
    {
        await registry.ChangeStateAsync(Name, Version, TenantState.Disabled, HttpContext.RequestAborted);
        return "Đơn vị đã tạm ngừng hoạt động.";
    });

    public Task<IActionResult> OnPostEnableAsync() => RunAsync(async () =>
    {
        await registry.ChangeStateAsync(Name, Version, TenantState.Running, HttpContext.RequestAborted);
        return "Đơn vị đã hoạt động trở lại.";
    });

    public async Task<IActionResult> OnPostRetireAsync(string? target)
    {
        var result = await RunAsync(async () =>
        {
            var moved = await retirement.RetireAsync(Name, target ?? "", User.Identity!.Name!, HttpContext.RequestAborted);
            return $"Đã chuyển {moved} tin bài sang \"{target}\"; địa chỉ cũ tự chuyển đến địa chỉ mới.";
        });
        return result;
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? confirmation)
    {
        if (!Load())
        {
            return NotFound();
        }

        try
        {
            await removal.RemoveAsync(Name, confirmation ?? "", Version, User.Identity!.Name!, HttpContext.RequestAborted);
        }
        catch (TenantException e)
        {
            return Failed(e);
        }

        return LocalRedirect(Url.Content("~/admin/tenants/archives"));
    }

    public async Task<IActionResult> OnPostExportAsync(bool includePasswords)
    {
        if (!Load())
        {
            return NotFound();
        }

        var file = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        try
        {
            await exporter.ExportAsync(Tenant!, file, includePasswords, HttpContext.RequestAborted);
        }
        catch (TenantException e)
        {
            await file.DisposeAsync();
            return Failed(e);
        }

        file.Position = 0;
        return File(file, "application/zip", $"{Name}-{clock.GetUtcNow():yyyyMMdd-HHmm}.zip");
    }

    private async Task<IActionResult> RunAsync(Func<Task<string>> action)
    {
        if (!Load())
        {
            return NotFound();
        }

        try
        {
            Message = await action();
        }
        catch (TenantException e)
        {
            return Failed(e);
        }

        Load();
        (DisplayName, UrlPrefix, HostNames) = (null, null, null);
        return Page();
    }

    private PageResult Failed(TenantException e)
    {
        ModelState.AddModelError(TenantForm.FieldOf(e), e.Message);
        Response.StatusCode = e.IsConflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        Load();
        return Page();
    }

    private bool Load()
    {
        Tenant = registry.Map.Find(Name);
        return Tenant is not null;
    }
}
