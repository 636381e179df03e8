using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Fields;

/// <summary>Images of the media library: <c>{"Paths":["article/…"],"MediaTexts":["alt"]}</c>, chosen with the picker.</summary>
public sealed class MediaField : StringListField
{
    public override string Name => "Media";

    public override string DisplayName => "Ảnh";

    public override string ValueKey => "Paths";

    public override EditorInput Editor => EditorInput.Media;

    public override string ToEditorText(JsonObject fieldValue) => First(FieldJson.Texts(fieldValue[ValueKey])) ?? "";

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        var path = posted.Text.Trim();
        return new JsonObject { [ValueKey] = FieldJson.Array(path.Length == 0 ? [] : [path]) };
    }

    /// <summary>Each image as a view sees it: its URL at the article profile and its alternative text.</summary>
    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context)
    {
        var alts = FieldJson.Texts(fieldValue["MediaTexts"]);
        return FieldJson.Texts(fieldValue[ValueKey])
            .Select((path, i) => new FieldImage($"{context.BasePath}/media/_p/article/{path.TrimStart('/')}", i < alts.Count ? alts[i] : null))
            .ToList();
    }

    /// <summary>The first image's path and its alternative text, each null when absent.</summary>
    public static (string? Path, string? Alt) First(JsonObject? part, string field) =>
        (First(FieldJson.Texts(part?[field]?["Paths"])), First(FieldJson.Texts(part?[field]?["MediaTexts"])));

    private static string? First(IReadOnlyList<string> values) => values.Count > 0 ? values[0] : null;
}

/// <summary>An image as a view sees it.</summary>
public sealed record FieldImage(string Url, string? Alt);
