using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Web.Api;

/// <summary>
/// What an API client sends to create or change an item of any type: its title, an optional slug, and its fields by
/// name, each the value its kind stores (the shape <c>GET /api/content/{type}/{id}</c> returns: text, HTML, a date,
/// a list of paths or ids…). A PUT replaces every field: one left out is emptied, as in the editor.
/// </summary>
public sealed record ContentInput(string? Title, string? Slug, JsonObject? Fields, int? ExpectedVersion)
{
    /// <summary>The item these values describe; throws <see cref="ContentInputException"/> naming each unknown field or value of the wrong shape.</summary>
    public ContentItem ToItem(string contentItemId, ContentTypeDefinition type, ContentDefinitions definitions)
    {
        var content = ContentInputs.Common(type, Title, Slug);
        // Case aside, as JSON clients write names (a serializer's camelCase "level" is the field "Level"); a name two
        // parts share is the first part's, as the API's reads show it.
        var known = definitions.FieldsOf(type).GroupBy(f => f.Field.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var errors = new List<ContentError>();
        foreach (var (name, value) in Fields ?? [])
        {
            if (!known.TryGetValue(name, out var field))
            {
                errors.Add(new ContentError($"fields.{name}", $"Loại nội dung \"{type.DisplayName}\" không có trường \"{name}\"."));
                continue;
            }

            if (field.Kind.ShapeProblem(field.Field, value) is { } problem)
            {
                errors.Add(new ContentError($"{field.Part}.{field.Field.Name}", problem));
                continue;
            }

            var part = content[field.Part] as JsonObject ?? [];
            content[field.Part] = part;
            part[field.Field.Name] = new JsonObject { [field.Kind.ValueKey] = value?.DeepClone() };
        }

        return errors.Count > 0
            ? throw new ContentInputException(errors)
            : new ContentItem { ContentItemId = contentItemId, ContentType = type.Name, Content = content };
    }
}

/// <summary>What every API input shares: the title and the requested address under the type's route prefix.</summary>
public static class ContentInputs
{
    public static JsonObject Common(ContentTypeDefinition type, string? title, string? slug)
    {
        var content = new JsonObject();
        if (type.Parts.Contains(BuiltInParts.Title, StringComparer.Ordinal))
        {
            content[BuiltInParts.Title] = new JsonObject { ["Title"] = title };
        }

        if (!string.IsNullOrWhiteSpace(slug))
        {
            var path = VietnameseText.Slugify(slug);
            content[BuiltInParts.Autoroute] = new JsonObject { ["Path"] = type.RoutePrefix is { Length: > 0 } prefix ? $"{prefix}/{path}" : path };
        }

        return content;
    }
}

/// <summary>The request names fields the type lacks or gives values of the wrong shape: nothing is saved (400).</summary>
public sealed class ContentInputException(IReadOnlyList<ContentError> errors) : Exception("The content API input does not fit its type.")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
