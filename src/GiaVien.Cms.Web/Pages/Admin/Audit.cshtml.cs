using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RolesPage = GiaVien.Cms.Users.Pages.Admin.RolePermissions.IndexModel;
using TypeAudit = GiaVien.Cms.Content.Admin.Pages.Admin.Types.TypeAudit;

namespace GiaVien.Cms.Web.Pages.Admin;

/// <summary>Nhật ký hoạt động: who did what, when, on which item — for editors and administrators of the tenant.</summary>
[AdminPermission(ContentPermissions.PublishContent)]
public sealed class AuditModel(CmsDbContext db) : PageModel
{
    public const int PageSize = 50;

    [FromQuery] public string? UserName { get; set; }
    [FromQuery] public string? Item { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public bool HasNext { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var query = db.AuditTrail.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(UserName))
        {
            query = query.Where(a => a.UserName == UserName.Trim());
        }

        if (!string.IsNullOrWhiteSpace(Item))
        {
            query = query.Where(a => a.ContentItemId == Item.Trim());
        }

        PageNumber = Math.Max(1, PageNumber);
        var page = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(HttpContext.RequestAborted);
        HasNext = page.Count > PageSize;
        Entries = page.Take(PageSize).ToList();
        return Page();
    }

    public static string ActionLabel(string action) => action switch
    {
        "Created" => "Tạo mới",
        "Saved" => "Lưu",
        "Submitted" => "Gửi duyệt",
        "Returned" => "Trả lại",
        "Published" => "Xuất bản",
        "Unpublished" => "Gỡ xuất bản",
        "Deleted" => "Xóa (vào thùng rác)",
        "Restored" => "Khôi phục",
        "Purged" => "Xóa vĩnh viễn",
        "PublishScheduled" => "Hẹn giờ đăng",
        "UnpublishScheduled" => "Hẹn giờ gỡ",
        GiaVien.Cms.Recipes.RecipeExecutor.AuditAction => "Áp dụng công thức",
        GiaVien.Cms.Features.FeaturesServiceCollectionExtensions.AuditEnabled => "Bật tính năng",
        GiaVien.Cms.Features.FeaturesServiceCollectionExtensions.AuditDisabled => "Tắt tính năng",
        "ScheduleCancelled" => "Hủy hẹn giờ",
        RolesPage.AuditRoleCreated => "Thêm vai trò",
        RolesPage.AuditGrantsChanged => "Sửa quyền của vai trò",
        TypeAudit.Created => "Thêm kiểu nội dung",
        TypeAudit.Changed => "Sửa kiểu nội dung",
        TypeAudit.FieldRemoved => "Xóa trường",
        TypeAudit.Removed => "Xóa kiểu nội dung",
        UserService.SignInLockedOutAction => "Tạm khóa đăng nhập (sai mật khẩu nhiều lần)",
        _ => action,
    };
}
