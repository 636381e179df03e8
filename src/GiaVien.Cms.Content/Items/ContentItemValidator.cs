using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Items;

/// <summary>Checks a content item against its type: known parts and fields, required values, value shapes, references.</summary>
public static class ContentItemValidator
{
    public const int MaxTitleLength = 500;

    public static List<ContentError> Validate(ContentItem item, ContentDefinitions definitions, IContentReferences references)
    {
        var errors = new List<ContentError>();
        var type = definitions.FindType(item.ContentType);
        if (type is null)
        {
            errors.Add(new ContentError("ContentType", $"Kiểu nội dung \"{item.ContentType}\" chưa được định nghĩa."));
            return errors;
        }

        foreach (var (partName, _) in item.Content)
        {
            if (!type.Parts.Contains(partName))
            {
                errors.Add(new ContentError(partName, $"Kiểu nội dung \"{type.Name}\" không có phần \"{partName}\"."));
            }
        }

        if (type.Parts.Contains(BuiltInParts.Title))
        {
            ValidateTitle(item, errors);
        }

        if (type.Parts.Contains(BuiltInParts.Taxonomy))
        {
            ValidateTaxonomy(item, errors);
        }

        foreach (var part in type.Parts.Where(p => !BuiltInParts.All.Contains(p)).Select(definitions.FindPart).OfType<ContentPartDefinition>())
        {
            ValidateFields(part, item.Part(part.Name), references, errors);
        }

        return errors;
    }

    private static void ValidateTitle(ContentItem item, List<ContentError> errors)
    {
        var title = item.Part(BuiltInParts.Title)?["Title"];
        if (FieldValues.IsEmpty(title) || FieldValues.ShapeError(FieldKind.Text, title) is not null)
        {
            errors.Add(new ContentError("TitlePart.Title", "Tiêu đề không được để trống."));
        }
        else if (title!.GetValue<string>().Length > MaxTitleLength)
        {
            errors.Add(new ContentError("TitlePart.Title", $"Tiêu đề dài tối đa {MaxTitleLength} ký tự."));
        }
    }

    private static void ValidateTaxonomy(ContentItem item, List<ContentError> errors)
    {
        if (item.Part(BuiltInParts.Taxonomy)?["Terms"] is not JsonArray terms)
        {
            return;
        }

        for (var i = 0; i < terms.Count; i++)
        {
            if (FieldValues.IsEmpty(terms[i]?["ContentItemId"]) || FieldValues.IsEmpty(terms[i]?["Title"]))
            {
                errors.Add(new ContentError($"TaxonomyPart.Terms[{i}]", "Mỗi mục của danh mục cần có ContentItemId và Title."));
            }
        }
    }

    private static void ValidateFields(ContentPartDefinition part, JsonObject? values, IContentReferences references, List<ContentError> errors)
    {
        foreach (var (fieldName, _) in values ?? [])
        {
            if (part.Fields.All(f => f.Name != fieldName))
            {
                errors.Add(new ContentError($"{part.Name}.{fieldName}", $"Phần \"{part.Name}\" không có trường \"{fieldName}\"."));
            }
        }

        foreach (var field in part.Fields)
        {
            var path = $"{part.Name}.{field.Name}";
            var label = field.DisplayName ?? field.Name;
            var value = values?[field.Name]?[FieldValues.ValueKey(field.Kind)];
            if (FieldValues.ShapeError(field.Kind, value) is { } shapeError)
            {
                errors.Add(new ContentError(path, $"Trường \"{label}\" {shapeError}."));
            }
            else if (field.Required && FieldValues.IsEmpty(value))
            {
                errors.Add(new ContentError(path, $"Trường \"{label}\" là bắt buộc."));
            }
            else if (field.MaxLength is { } max && value is JsonValue text && text.GetValue<string>().Length > max)
            {
                errors.Add(new ContentError(path, $"Trường \"{label}\" dài tối đa {max} ký tự."));
            }
            else
            {
                ValidateReferences(field, values?[field.Name], path, label, references, errors);
            }
        }
    }

    private static void ValidateReferences(ContentFieldDefinition field, JsonNode? fieldValue, string path, string label, IContentReferences references, List<ContentError> errors)
    {
        if (field.Kind == FieldKind.TaxonomyTerms && fieldValue?["TermContentItemIds"] is JsonArray terms)
        {
            var taxonomy = fieldValue["TaxonomyContentItemId"]?.GetValue<string>() ?? field.Taxonomy ?? "";
            foreach (var term in terms.Select(t => t!.GetValue<string>()).Where(t => !references.TermExists(taxonomy, t)))
            {
                errors.Add(new ContentError(path, $"Trường \"{label}\" tham chiếu chuyên mục \"{term}\" không tồn tại trong danh mục \"{taxonomy}\"."));
            }
        }
        else if (field.Kind == FieldKind.ContentPicker && fieldValue?["ContentItemIds"] is JsonArray ids)
        {
            foreach (var id in ids.Select(i => i!.GetValue<string>()).Where(i => !references.ItemExists(i)))
            {
                errors.Add(new ContentError(path, $"Trường \"{label}\" tham chiếu nội dung \"{id}\" không tồn tại."));
            }
        }
    }
}
