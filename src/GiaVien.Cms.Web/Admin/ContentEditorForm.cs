using System.Globalization;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Admin;

/// <summary>
/// Maps between a content item's JSON parts and the editor form: one input per field, chosen by its kind.
/// Dates are typed in Việt Nam time and stored in UTC.
/// </summary>
public sealed class ContentEditorForm(CmsDbContext db)
{
    public async Task<List<EditorField>> FieldsAsync(ContentTypeDefinition type, ContentDefinitions definitions, ContentItem? item, CancellationToken cancellationToken)
    {
        var fields = new List<EditorField>();
        foreach (var part in type.Parts.Select(definitions.FindPart).OfType<ContentPartDefinition>())
        {
            foreach (var definition in part.Fields)
            {
                var value = item?.Part(part.Name)?[definition.Name];
                fields.Add(new EditorField
                {
                    Part = part.Name,
                    Definition = definition,
                    Value = ToText(definition.Kind, value),
                    Values = value?["TermContentItemIds"]?.AsArray().Select(t => t!.GetValue<string>()).ToList() ?? [],
                    Choices = definition.Kind == FieldKind.TaxonomyTerms ? await TermsAsync(definition.Taxonomy, cancellationToken) : [],
                });
            }
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
        var text = field.Value.Trim();
        switch (field.Definition.Kind)
        {
            case FieldKind.Html:
                return new JsonObject { ["Html"] = field.Value };
            case FieldKind.Boolean:
                return new JsonObject { ["Value"] = field.Values.Contains("true") };
            case FieldKind.TaxonomyTerms:
                return new JsonObject
                {
                    ["TaxonomyContentItemId"] = field.Definition.Taxonomy,
                    ["TermContentItemIds"] = new JsonArray(field.Values.Select(v => (JsonNode)v).ToArray()),
                };
            case FieldKind.Media:
                return new JsonObject { ["Paths"] = new JsonArray(text.Length == 0 ? [] : [(JsonNode)text]) };
            case FieldKind.ContentPicker:
                return new JsonObject { ["ContentItemIds"] = new JsonArray(text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => (JsonNode)v).ToArray()) };
            case FieldKind.Link:
                return new JsonObject { ["Url"] = text };
            case FieldKind.Number when text.Length > 0:
                if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    return new JsonObject { ["Value"] = number };
                }

                field.Error = "Hãy nhập một số, ví dụ 1234,5.";
                return null;
            case FieldKind.DateTime:
                if (DateTimeInput.TryParse(text, out var stored))
                {
                    return new JsonObject { ["Value"] = stored };
                }

                field.Error = "Ngày giờ không hợp lệ.";
                return null;
            case FieldKind.Number:
                return new JsonObject { ["Value"] = null };
            default:
                return new JsonObject { ["Text"] = field.Value };
        }
    }

    private static string ToText(FieldKind kind, JsonNode? value) => kind switch
    {
        _ when value is null => "",
        FieldKind.Html => EditorFigures.ForEditor(value["Html"]?.GetValue<string>() ?? ""),
        FieldKind.Boolean => value["Value"]?.GetValue<bool>() == true ? "true" : "",
        FieldKind.Media => value["Paths"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "",
        FieldKind.ContentPicker => string.Join(", ", value["ContentItemIds"]?.AsArray().Select(v => v!.GetValue<string>()) ?? []),
        FieldKind.Link => value["Url"]?.GetValue<string>() ?? "",
        FieldKind.Number => value["Value"]?.ToJsonString() ?? "",
        FieldKind.DateTime => DateTimeInput.Format(value["Value"]?.GetValue<string>()),
        FieldKind.TaxonomyTerms => "",
        _ => value["Text"]?.GetValue<string>() ?? "",
    };

    private async Task<IReadOnlyList<(string Id, string Title)>> TermsAsync(string? taxonomy, CancellationToken cancellationToken)
    {
        var data = await db.ContentItems.AsNoTracking().Where(i => i.ContentItemId == taxonomy && i.Latest).Select(i => i.Data).FirstOrDefaultAsync(cancellationToken);
        var terms = data is null ? null : JsonNode.Parse(data)?[BuiltInParts.Taxonomy]?["Terms"] as JsonArray;
        return terms?.Select(t => (t!["ContentItemId"]!.GetValue<string>(), t["Title"]!.GetValue<string>())).ToList() ?? [];
    }
}
