using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Tenants.Management.Pages.Admin.Tenants;

/// <summary>The district's list of tenants: filtered, paged, with their figures.</summary>
[AdminPermission(Roles.ManageTenants)]
public sealed class IndexModel(TenantDirectory directory, TenantRegistry registry, TenantProvisioning provisioning, TenantFailures failures) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public TenantState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Recipe { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TenantListPage Result { get; private set; } = new([], 0, 1, TenantQuery.DefaultPageSize);

    public IReadOnlyList<string> Recipes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Result = await directory.ListAsync(new TenantQuery(Q, State, string.IsNullOrEmpty(Recipe) ? null : Recipe, PageNumber), HttpContext.RequestAborted);
        Recipes = registry.Map.Tenants.Select(t => t.RecipeName).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public string? Progress(TenantRecord tenant) =>
        tenant.State == TenantState.Initializing ? provisioning.Progress(tenant.Name)?.Step
        : tenant.State == TenantState.Uninitialized ? tenant.LastError is null ? null : "Lỗi khởi tạo: xem chi tiết"
        : failures.IsFailed(tenant.Name) ? "Mất cơ sở dữ liệu trên máy chủ này: trang đang báo tạm ngừng hoạt động cho đến khi dữ liệu được khôi phục"
        : null;
}
