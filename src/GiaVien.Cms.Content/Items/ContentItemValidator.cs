using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;

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
            ValidateFields(part, item.Part(part.Name), definitions, references, errors);
        }

        return errors;
    }

    private static void ValidateTitle(ContentItem item, List<ContentError> errors)
    {
        var title = item.Part(BuiltInParts.Title)?["Title"];
        if (!FieldJson.IsString(title) || FieldJson.IsEmpty(title))
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
            if (FieldJson.IsEmpty(terms[i]?["ContentItemId"]) || FieldJson.IsEmpty(terms[i]?["Title"]))
            {
                errors.Add(new ContentError($"TaxonomyPart.Terms[{i}]", "Mỗi mục của danh mục cần có ContentItemId và Title."));
            }
        }
    }

    private static void ValidateFields(ContentPartDefinition part, JsonObject? values, ContentDefinitions definitions, IContentReferences references, List<ContentError> errors)
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
            if (definitions.KindOf(field) is not { } kind)
            {
                errors.Add(new ContentError(path, $"Trường \"{field.DisplayName ?? field.Name}\" có loại \"{field.Kind}\" không được hỗ trợ."));
                continue;
            }

            errors.AddRange(kind.Validate(field, values?[field.Name], references).Select(message => new ContentError(path, message)));
        }
    }
}
