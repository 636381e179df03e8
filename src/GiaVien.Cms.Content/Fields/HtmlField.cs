using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>Rich text: <c>{"Html":"…"}</c>, sanitised before it is stored.</summary>
public sealed class HtmlField(BodySanitizer sanitizer) : StringField
{
    public override string Name => "Html";

    public override string DisplayName => "Văn bản định dạng (HTML)";

    public override string ValueKey => "Html";

    public override EditorInput Editor => EditorInput.Html;

    public override void Prepare(JsonObject fieldValue)
    {
        if (fieldValue[ValueKey] is JsonValue html)
        {
            fieldValue[ValueKey] = sanitizer.Sanitize(html.GetValue<string>());
        }
    }

    public override bool FullTextByDefault => true;

    public override string? SearchText(JsonObject fieldValue) => FieldJson.Text(fieldValue[ValueKey]);

    /// <summary>Stored figures are clean <c>&lt;figure&gt;&lt;img&gt;&lt;figcaption&gt;</c>; the editor gets them back as its attachments.</summary>
    public override string ToEditorText(JsonObject fieldValue) => EditorFigures.ForEditor(FieldJson.Text(fieldValue[ValueKey]) ?? "");

    public static string? Read(JsonObject? part, string field) => FieldJson.Text(part?[field]?["Html"]);

    public static JsonObject Create(string? html) => new() { ["Html"] = html };
}
