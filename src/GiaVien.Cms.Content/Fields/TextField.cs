using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>One line of text: <c>{"Text":"…"}</c>, at most the definition's MaxLength characters.</summary>
public class TextField : StringField
{
    public override string Name => "Text";

    public override string DisplayName => "Văn bản một dòng";

    public override string ValueKey => "Text";

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references) =>
        field.MaxLength is { } max && fieldValue[ValueKey]!.GetValue<string>().Length > max ? [$"Trường \"{label}\" dài tối đa {max} ký tự."] : [];

    public override string? FilterValue(JsonObject fieldValue) => FieldJson.Text(fieldValue[ValueKey]);

    public override bool FullTextByDefault => true;

    /// <summary>The text of <paramref name="field"/> in a part's JSON, or null when absent or blank.</summary>
    public static string? Read(JsonObject? part, string field) => FieldJson.Text(part?[field]?["Text"]);

    public static JsonObject Create(string? text) => new() { ["Text"] = text };
}

/// <summary>Several lines of plain text, stored like <see cref="TextField"/>.</summary>
public sealed class MultiLineTextField : TextField
{
    public override string Name => "MultiLineText";

    public override string DisplayName => "Văn bản nhiều dòng";

    public override EditorInput Editor => EditorInput.TextArea;
}
