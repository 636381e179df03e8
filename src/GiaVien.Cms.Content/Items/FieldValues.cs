using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Items;

/// <summary>The JSON shape of each field kind, and what "empty" means for it.</summary>
public static class FieldValues
{
    /// <summary>The key that holds the main value of a field of <paramref name="kind"/>.</summary>
    public static string ValueKey(FieldKind kind) => kind switch
    {
        FieldKind.Text or FieldKind.MultiLineText => "Text",
        FieldKind.Html => "Html",
        FieldKind.Media => "Paths",
        FieldKind.Link => "Url",
        FieldKind.TaxonomyTerms => "TermContentItemIds",
        FieldKind.ContentPicker => "ContentItemIds",
        _ => "Value",
    };

    /// <summary>Null when <paramref name="value"/> has the right shape for <paramref name="kind"/>, else the reason.</summary>
    public static string? ShapeError(FieldKind kind, JsonNode? value) => kind switch
    {
        _ when value is null => null,
        FieldKind.Text or FieldKind.MultiLineText or FieldKind.Html or FieldKind.Link =>
            IsString(value) ? null : "phải là một chuỗi ký tự",
        FieldKind.Boolean => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? null : "phải là true hoặc false",
        FieldKind.Number => value.GetValueKind() == JsonValueKind.Number ? null : "phải là một số",
        FieldKind.DateTime => IsString(value) && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
            ? null : "phải là ngày giờ theo định dạng ISO 8601, ví dụ 2023-10-04T09:30:00+07:00",
        _ => value is JsonArray array && array.All(IsString) ? null : "phải là một danh sách chuỗi ký tự",
    };

    public static bool IsEmpty(JsonNode? value) => value switch
    {
        null => true,
        JsonArray array => array.Count == 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(v.GetValue<string>()),
        _ => false,
    };

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;
}
