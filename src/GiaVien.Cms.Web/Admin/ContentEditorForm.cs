using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Admin;

/// <summary>
/// Maps between a content item's JSON parts and the editor form: one input per field, chosen by its kind,
/// which also reads what was typed.
/// </summary>
public sealed class ContentEditorForm(CmsDbContext db)
{
    public async Task<List<EditorField>> FieldsAsync(ContentTypeDefinition type, ContentDefinitions definitions, ContentItem? item, CancellationToken cancellationToken)
    {
        var fields = new List<EditorField>();
        foreach (var (part, definition, kind) in definitions.FieldsOf(type))
        {
            var value = item?.Part(part)?[definition.Name] as JsonObject;
            var values = value is null ? [] : kind.ToEditorValues(value);
            fields.Add(new EditorField
            {
                Part = part,
                Definition = definition,
                Kind = kind,
                Value = value is null ? "" : kind.ToEditorText(value),
                Values = values,
                Choices = kind.Editor == EditorInput.TermChoices ? await TermsAsync(definition.Taxonomy, cancellationToken)
                    : kind is ContentPickerField && definition.PickerTypes.Count > 0 ? await PickableAsync(definition.PickerTypes, values, cancellationToken)
                    : [],
            });
        }

        return fields;
    }

    /// <summary>Reads the posted form into <paramref name="fields"/> (keeping the typed text) and builds the item's parts.</summary>
    /// <returns>False when a value cannot even be read (a date or number typed wrong); the fields then carry errors.</returns>
    public static bool TryRead(IFormCollection form, ContentTypeDefinition type, List<EditorField> fields, ContentItem item)
    {
        var ok = true;
        var title = form["Title"].ToString().Trim();
        if (type.Parts.Contains(BuiltInParts.Title))
        {
            item.Content[BuiltInParts.Title] = new JsonObject { ["Title"] = title };
        }

        var slug = VietnameseText.Slugify(form["Slug"].ToString());
        if (type.Parts.Contains(BuiltInParts.Autoroute) && slug.Length > 0)
        {
            item.Content[BuiltInParts.Autoroute] = new JsonObject { ["Path"] = type.RoutePrefix is { Length: > 0 } p ? $"{p}/{slug}" : slug };
        }

        foreach (var field in fields)
        {
            field.Value = form[field.FormName].ToString();
            field.Values = form[field.FormName].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            var part = item.Content[field.Part] as JsonObject ?? [];
            item.Content[field.Part] = part;
            if (ToJson(field) is { } json)
            {
                part[field.Definition.Name] = json;
            }
            else
            {
                ok = false;
            }
        }

        return ok;
    }

    public static void ApplyErrors(IEnumerable<ContentError> errors, List<EditorField> fields, Dictionary<string, string> otherErrors)
    {
        foreach (var error in errors)
        {
            var field = fields.FirstOrDefault(f => $"{f.Part}.{f.Definition.Name}" == error.Path);
            if (field is not null)
            {
                field.Error = error.Message;
            }
            else
            {
                otherErrors[error.Path] = error.Message;
            }
        }
    }

    private static JsonObject? ToJson(EditorField field)
    {
        var json = field.Kind.FromEditor(field.Definition, new EditorPost(field.Value, field.Values), out var error);
        field.Error = error;
        return json;
    }

    /// <summary>
    /// The items of <paramref name="types"/> an editor may link to, most recently changed first (drafts too: a page shows
    /// only the published ones), plus those already <paramref name="chosen"/> so saving never drops a link.
    /// </summary>
    private async Task<IReadOnlyList<(string Id, string Title)>> PickableAsync(IReadOnlyList<string> types, IReadOnlyList<string> chosen, CancellationToken cancellationToken)
    {
        var latest = db.ContentItems.AsNoTracking().Where(i => i.Latest && i.DeletedUtc == null);
        var newest = await latest.Where(i => types.Contains(i.ContentType)).OrderByDescending(i => i.ModifiedUtc).Take(MaxPickable)
            .Select(i => new { i.ContentItemId, i.DisplayText }).ToListAsync(cancellationToken);
        var linked = await latest.Where(i => chosen.Contains(i.ContentItemId)).Select(i => new { i.ContentItemId, i.DisplayText }).ToListAsync(cancellationToken);
        return newest.Concat(linked).DistinctBy(r => r.ContentItemId).Select(r => (r.ContentItemId, r.DisplayText)).ToList();
    }

    /// <summary>How many items a picker's list offers: a library larger than this is linked by its newest documents.</summary>
    private const int MaxPickable = 500;

    private async Task<IReadOnlyList<(string Id, string Title)>> TermsAsync(string? taxonomy, CancellationToken cancellationToken)
    {
        var data = await db.ContentItems.AsNoTracking().Where(i => i.ContentItemId == taxonomy && i.Latest).Select(i => i.Data).FirstOrDefaultAsync(cancellationToken);
        var terms = data is null ? null : JsonNode.Parse(data)?[BuiltInParts.Taxonomy]?["Terms"] as JsonArray;
        return terms?.Select(t => (t!["ContentItemId"]!.GetValue<string>(), t["Title"]!.GetValue<string>())).ToList() ?? [];
    }
}
