using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants.Features;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Admin.Pages.Admin.Types;

/// <summary>
/// Creates a content type or changes one's settings (display name, parts, route prefix, lists, sharing), checked by
/// the same rules as a recipe, plus what only the admin can get wrong: a name already taken, a public list without
/// a route. Removing a part or the type is refused while the type has items (their data would be orphaned), and a
/// type a feature brings is switched off with the feature rather than removed.
/// </summary>
[AdminPermission(Roles.ManageContentTypes)]
public sealed class EditModel(
    ContentDefinitionStore store,
    CmsDbContext db,
    IEnumerable<FeatureDescriptor> features,
    TimeProvider clock) : AdminFormPage
{
    [BindProperty]
    public TypeForm Form { get; set; } = new();

    /// <summary>The type being edited; null while creating one.</summary>
    public ContentTypeDefinition? Existing { get; private set; }

    /// <summary>The parts a type may be made of besides its title: the built-in ones and every part of fields.</summary>
    public IReadOnlyList<(string Name, string Label)> PartChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? name)
    {
        await LoadAsync(name);
        if (name is not null && Existing is null)
        {
            return NotFound();
        }

        Form = Existing is null ? TypeForm.New() : TypeForm.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string? name)
    {
        await LoadAsync(name);
        if (name is not null && Existing is null)
        {
            return NotFound();
        }

        if (Existing is not null)
        {
            Form.Name = Existing.Name; // a type's name is its identity: items and grants refer to it
        }

        var creating = Existing is null;
        var withOwnPart = creating && Form.NewPart;
        var type = Form.ToDefinition(withOwnPart);
        var ownPart = withOwnPart ? new ContentPartDefinition { Name = Form.OwnPartName, DisplayName = type.DisplayName } : null;
        await ValidateAsync(type, ownPart);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await store.StageAsync([type], ownPart is null ? [] : [ownPart], HttpContext.RequestAborted);
        db.Audit(clock, User, creating ? TypeAudit.Created : TypeAudit.Changed, $"{type.DisplayName} ({type.Name})");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await LoadAsync(type.Name);
        Form = TypeForm.From(type);
        Message = creating
            ? $"Đã thêm kiểu nội dung \"{type.DisplayName}\"." + (ownPart is null ? "" : $" Thêm trường cho phần \"{ownPart.Name}\" tại trang Kiểu nội dung.")
            : $"Đã lưu kiểu nội dung \"{type.DisplayName}\".";
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string name)
    {
        await LoadAsync(name);
        if (Existing is null)
        {
            return NotFound();
        }

        Form = TypeForm.From(Existing);
        if (features.FirstOrDefault(f => f.ContentTypes.Contains(name)) is { } feature)
        {
            return Refuse($"Kiểu \"{Existing.DisplayName}\" do tính năng “{feature.Name}” mang đến: hãy tắt tính năng thay vì xóa kiểu.", StatusCodes.Status409Conflict);
        }

        if (await HasItemsAsync(name))
        {
            return Refuse($"Không thể xóa kiểu \"{Existing.DisplayName}\" khi còn nội dung thuộc kiểu này (kể cả trong thùng rác).", StatusCodes.Status409Conflict);
        }

        // Parts shared with another type stay, a switched-off feature's type included.
        var others = (await store.LoadAllAsync(HttpContext.RequestAborted)).Types.Where(t => t.Name != name).SelectMany(t => t.Parts).ToHashSet(StringComparer.Ordinal);
        var removed = Existing.Parts.Where(p => !BuiltInParts.All.Contains(p) && !others.Contains(p)).ToList();
        db.ContentDefinitions.RemoveRange(await db.ContentDefinitions
            .Where(d => (d.Kind == ContentDefinitionKind.Type && d.Name == name) || (d.Kind == ContentDefinitionKind.Part && removed.Contains(d.Name)))
            .ToListAsync(HttpContext.RequestAborted));
        db.Audit(clock, User, TypeAudit.Removed, $"{Existing.DisplayName} ({name})");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return RedirectToPage("Index");
    }

    private async Task ValidateAsync(ContentTypeDefinition type, ContentPartDefinition? ownPart)
    {
        // Every stored type counts, those of a switched-off feature too: they come back when it is switched on.
        var stored = await store.LoadAllAsync(HttpContext.RequestAborted);
        if (Existing is null && stored.FindType(type.Name) is { } taken)
        {
            ModelState.AddModelError("Form.Name", $"Đã có kiểu nội dung \"{taken.DisplayName}\" mang tên kỹ thuật \"{type.Name}\".");
        }

        if (ownPart is not null && stored.FindPart(ownPart.Name) is not null)
        {
            ModelState.AddModelError("Form.NewPart", $"Đã có phần \"{ownPart.Name}\": hãy bỏ chọn \"Tạo phần trường riêng\" và chọn phần đó ở trên.");
        }

        if (type.DisplayName.Length is 0 or > 100)
        {
            ModelState.AddModelError("Form.DisplayName", "Hãy nhập tên hiển thị (tối đa 100 ký tự).");
        }

        var with = stored.With([type], ownPart is null ? [] : [ownPart]);
        foreach (var (property, message) in ContentTypeRules.Errors(type, with))
        {
            ModelState.AddModelError($"Form.{property}", message);
        }

        if (type.RoutePrefix is not null && !type.Parts.Contains(BuiltInParts.Autoroute))
        {
            ModelState.AddModelError("Form.Parts", "Kiểu có tiền tố đường dẫn cần phần \"Đường dẫn\" (AutoroutePart).");
        }

        if (type.PublicList && type.RoutePrefix is null)
        {
            ModelState.AddModelError("Form.RoutePrefix", "Danh sách công khai cần một tiền tố đường dẫn, ví dụ \"thong-bao\".");
        }

        var dropped = Existing?.Parts.Except(type.Parts).ToList() ?? [];
        if (dropped.Count > 0 && await HasItemsAsync(type.Name))
        {
            ModelState.AddModelError("Form.Parts", $"Không thể bỏ phần {string.Join(", ", dropped.Select(p => $"\"{p}\""))} khi kiểu còn nội dung: dữ liệu của phần sẽ bị bỏ rơi.");
        }
    }

    private Task<bool> HasItemsAsync(string type) => db.ContentItems.AnyAsync(i => i.ContentType == type, HttpContext.RequestAborted);

    private async Task LoadAsync(string? name)
    {
        var definitions = await store.LoadAsync(HttpContext.RequestAborted);
        Existing = name is null ? null : definitions.FindType(name);
        var fieldParts = definitions.Types.SelectMany(t => t.Parts).Distinct().Select(definitions.FindPart).OfType<ContentPartDefinition>()
            .Select(p => (p.Name, $"{p.DisplayName ?? p.Name} ({p.Name}, phần trường)"));
        PartChoices =
        [
            (BuiltInParts.Autoroute, "Đường dẫn (AutoroutePart)"),
            (BuiltInParts.PublishLater, "Hẹn giờ đăng (PublishLaterPart)"),
            (BuiltInParts.Taxonomy, "Chuyên mục (TaxonomyPart)"),
            .. fieldParts,
        ];
    }
}
