using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Data;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Admin;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Web.Pages.Admin.Types;

/// <summary>
/// Kiểu nội dung: a tenant administrator changes the fields of the content parts (label, hint, required) and
/// adds fields, as in Orchard Core's content definition editor. Items already saved keep their values.
/// </summary>
[AdminPermission(Roles.ManageContentTypes)]
public sealed partial class IndexModel(ContentDefinitionStore store, ContentFieldKinds kinds, CmsDbContext db, SearchIndexes indexes, ShellScope scope) : PageModel
{
    public ContentDefinitions Definitions { get; private set; } = new([], [], new ContentFieldKinds([]));
    public IEnumerable<ContentFieldKind> Kinds => kinds.All;
    public IReadOnlyList<ContentPartDefinition> Parts { get; private set; } = [];
    public string? ErrorMessage { get; private set; }
    public string? Message { get; private set; }

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
        }).ToList();
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

    private async Task<IActionResult> SaveAsync(ContentPartDefinition part, string message)
    {
        await store.StageAsync([], [part], HttpContext.RequestAborted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await LoadAsync();
        Message = message;
        return Page();
    }

    private PageResult Refuse(string message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ErrorMessage = message;
        return Page();
    }

    private async Task LoadAsync()
    {
        Definitions = await store.LoadAsync(HttpContext.RequestAborted);
        Parts = Definitions.Types.SelectMany(t => t.Parts).Distinct().Select(Definitions.FindPart).OfType<ContentPartDefinition>().ToList();
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
