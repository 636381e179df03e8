using System.Text.RegularExpressions;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Admin.Pages.Admin.Types;

/// <summary>
/// Kiểu nội dung: a tenant administrator changes the fields of the content parts (label, hint, required) and
/// adds fields, as in Orchard Core's content definition editor. Items already saved keep their values.
/// </summary>
[AdminPermission(Roles.ManageContentTypes)]
public sealed partial class IndexModel(ContentDefinitionStore store, ContentFieldKinds kinds, CmsDbContext db, SearchIndexes indexes, ShellScope scope, TimeProvider clock)
    : AdminFormPage
{
    public ContentDefinitions Definitions { get; private set; } = new([], [], new ContentFieldKinds([]));
    public IEnumerable<ContentFieldKind> Kinds => kinds.All;
    public IReadOnlyList<ContentPartDefinition> Parts { get; private set; } = [];

    /// <summary>Whether the field offers a fixed list of values, edited as its options.</summary>
    public bool IsChoice(ContentFieldDefinition field) => kinds.Find(field.Kind) is ChoiceField;

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex FieldName();

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    /// <summary>Saves label, hint, required flag and search settings of every field of one part.</summary>
    public async Task<IActionResult> OnPostFieldsAsync(string part)
    {
        await LoadAsync();
        if (Definitions.FindPart(part) is not { } definition)
        {
            return NotFound();
        }

        var fields = definition.Fields.Select(f => FieldSearchSettings.FromForm(f, kinds.Find(f.Kind), Request.Form) with
        {
            DisplayName = NonEmpty(Request.Form[$"{f.Name}.DisplayName"]) ?? f.DisplayName,
            Hint = NonEmpty(Request.Form[$"{f.Name}.Hint"]),
            Required = Request.Form[$"{f.Name}.Required"] == "true",
            Options = IsChoice(f) ? ChoiceOptions(Request.Form[$"{f.Name}.Options"]) ?? f.Options : f.Options,
        }).ToList();
        if (fields.FirstOrDefault(f => IsChoice(f) && f.Options.Count == 0) is { } empty)
        {
            return Refuse($"Trường \"{empty.DisplayName ?? empty.Name}\" cần ít nhất một lựa chọn.");
        }

        var result = await SaveAsync(definition with { Fields = fields }, "Đã lưu các trường.");
        if (definition.Fields.Zip(fields).Any(pair => FieldSearchSettings.Differ(pair.First, pair.Second)))
        {
            // Items already indexed follow the new settings only once the index is rebuilt from the database.
            _ = (await indexes.GetAsync(scope.Shell.Tenant, HttpContext.RequestAborted)).StartRebuild();
        }

        return result;
    }

    public async Task<IActionResult> OnPostAddFieldAsync(string part, string? name, string? kind, string? displayName)
    {
        await LoadAsync();
        if (Definitions.FindPart(part) is not { } definition)
        {
            return NotFound();
        }

        if (name is null || !FieldName().IsMatch(name))
        {
            return Refuse("Tên kỹ thuật của trường phải bắt đầu bằng chữ hoa, chỉ gồm chữ cái không dấu và số, ví dụ \"PhotoCredit\".");
        }

        if (definition.Fields.Any(f => f.Name == name))
        {
            return Refuse($"Phần \"{part}\" đã có trường \"{name}\".");
        }

        if (kinds.Find(kind) is not { } fieldKind)
        {
            return Refuse("Loại trường không hợp lệ.");
        }

        var field = new ContentFieldDefinition { Name = name, Kind = fieldKind.Name, DisplayName = NonEmpty(displayName) ?? name };
        return await SaveAsync(definition with { Fields = [.. definition.Fields, field] }, $"Đã thêm trường \"{field.DisplayName}\".");
    }

    /// <summary>
    /// Removes a field from a part: refused while any item of a type made with the part exists, since its values
    /// would stay in the items unseen (a safe rule that needs no look into every item's data).
    /// </summary>
    public async Task<IActionResult> OnPostRemoveFieldAsync(string part, string field)
    {
        await LoadAsync();
        if (Definitions.FindPart(part) is not { } definition || definition.Fields.All(f => f.Name != field))
        {
            return NotFound();
        }

        var types = (await store.LoadAllAsync(HttpContext.RequestAborted)).Types.Where(t => t.Parts.Contains(part)).Select(t => t.Name).ToList();
        if (await db.ContentItems.AnyAsync(i => types.Contains(i.ContentType), HttpContext.RequestAborted))
        {
            return Refuse($"Không thể xóa trường \"{field}\": đã có nội dung dùng phần \"{part}\" (kể cả trong thùng rác). Có thể bỏ \"Bắt buộc\" để trường không còn bị yêu cầu.",
                StatusCodes.Status409Conflict);
        }

        return await SaveAsync(definition with { Fields = definition.Fields.Where(f => f.Name != field).ToList() }, $"Đã xóa trường \"{field}\".", TypeAudit.FieldRemoved);
    }

    private async Task<IActionResult> SaveAsync(ContentPartDefinition part, string message, string audit = TypeAudit.Changed)
    {
        await store.StageAsync([], [part], HttpContext.RequestAborted);
        db.Audit(clock, User, audit, $"{part.DisplayName ?? part.Name} ({part.Name}): {message}");
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await LoadAsync();
        Message = message;
        return Page();
    }

    private async Task LoadAsync()
    {
        Definitions = await store.LoadAsync(HttpContext.RequestAborted);
        Parts = Definitions.Types.SelectMany(t => t.Parts).Distinct().Select(Definitions.FindPart).OfType<ContentPartDefinition>().ToList();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The options typed one a line, trimmed, in NFC, without blanks or repeats; null when the box was not posted.</summary>
    private static List<string>? ChoiceOptions(string? typed) => typed is null ? null
        : typed.Split('\n').Select(o => TextNormalizer.Nfc(o.Trim())).Where(o => o.Length > 0).Distinct(StringComparer.Ordinal).ToList();
}
