using System.Text.RegularExpressions;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Users;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Users.Pages.Admin.RolePermissions;

/// <summary>
/// Vai trò: the tenant's roles and their grants per content type ("Duyệt và xuất bản" for "Thông báo" only…), so an
/// editor can be limited to one section; a new role starts with access to the admin and nothing else. A role's other
/// permissions (set by the recipes) are kept as they are.
/// </summary>
[AdminPermission(Roles.ManageUsers)]
public sealed partial class IndexModel(CmsDbContext db, ContentDefinitionStore definitionStore, TimeProvider clock) : AdminFormPage
{
    public const string AuditRoleCreated = "RoleCreated";
    public const string AuditGrantsChanged = "RoleGrantsChanged";

    /// <summary>The per-type permissions as the roles admin names them, in the order of its columns.</summary>
    public static readonly IReadOnlyList<(string Permission, string Label)> GrantLabels =
    [
        (ContentPermissions.EditOwnContent, "Tạo, sửa bài của mình"),
        (ContentPermissions.EditContent, "Sửa mọi bài"),
        (ContentPermissions.SubmitContent, "Gửi duyệt"),
        (ContentPermissions.ReviewContent, "Trả lại"),
        (ContentPermissions.PublishContent, "Duyệt, xuất bản"),
        (ContentPermissions.DeleteContent, "Xóa"),
    ];

    public IReadOnlyList<RoleRecord> AllRoles { get; private set; } = [];
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? DisplayName { get; set; }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        await LoadAsync();
        var name = Name?.Trim() ?? "";
        var displayName = DisplayName?.Trim() ?? "";
        if (!RoleName().IsMatch(name))
        {
            return Refuse("Tên kỹ thuật của vai trò phải bắt đầu bằng chữ hoa, chỉ gồm chữ cái không dấu và số, ví dụ \"AnnouncementEditor\".");
        }

        if (displayName.Length is 0 or > 100)
        {
            return Refuse("Hãy nhập tên hiển thị của vai trò (tối đa 100 ký tự).");
        }

        if (AllRoles.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return Refuse($"Đã có vai trò \"{name}\".");
        }

        db.Roles.Add(new RoleRecord { Name = name, DisplayName = displayName, Permissions = [Roles.AccessAdmin] });
        db.Audit(clock, User, AuditRoleCreated, $"{displayName} ({name})");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Name = DisplayName = null;
        return await DoneAsync($"Đã thêm vai trò \"{displayName}\"; hãy chọn quyền theo kiểu nội dung bên dưới.");
    }

    /// <summary>Replaces the role's per-type grants with the boxes ticked; a grant of an unknown type or permission is refused.</summary>
    public async Task<IActionResult> OnPostGrantsAsync(string role, List<string> grants)
    {
        await LoadAsync();
        var record = await db.Roles.SingleOrDefaultAsync(r => r.Name == role, HttpContext.RequestAborted);
        if (record is null || record.Permissions.Contains(Roles.AllPermissions))
        {
            return NotFound();
        }

        var offered = Types.SelectMany(t => GrantLabels.Select(g => ContentPermissions.ForType(g.Permission, t.Name))).ToHashSet(StringComparer.Ordinal);
        if (grants.FirstOrDefault(g => !offered.Contains(g)) is { } unknown)
        {
            return Refuse($"Quyền \"{unknown}\" không tồn tại.");
        }

        // Grants of types hidden by a disabled feature are not shown, so they are kept rather than lost.
        record.Permissions = record.Permissions.Where(p => !offered.Contains(p)).Concat(grants.Distinct(StringComparer.Ordinal)).ToList();
        db.Audit(clock, User, AuditGrantsChanged, $"{record.DisplayName} ({record.Name}): {string.Join(", ", grants)}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return await DoneAsync($"Đã lưu quyền của vai trò \"{record.DisplayName}\". Người dùng nhận quyền mới ở lần kiểm tra phiên kế tiếp.");
    }

    public static bool Holds(RoleRecord role, string permission, string type) => role.Permissions.Contains(ContentPermissions.ForType(permission, type));

    private async Task<IActionResult> DoneAsync(string message)
    {
        await LoadAsync();
        Message = message;
        return Page();
    }

    private async Task LoadAsync()
    {
        AllRoles = await db.Roles.AsNoTracking().OrderBy(r => r.Id).ToListAsync(HttpContext.RequestAborted);
        Types = (await definitionStore.LoadAsync(HttpContext.RequestAborted)).Types.Where(t => t.Creatable || t.Listable).ToList();
    }
}
