using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Uploads;

namespace GiaVien.Cms.Media.Fields;

/// <summary>
/// Documents of the media library (PDF, Word, Excel…): <c>{"Paths":["van-ban/quyet-dinh-12.pdf"]}</c>. The files
/// went through the library's upload checks (extension allow-list, real content, size, quota); a value may only
/// name a library path of a document type.
/// </summary>
public sealed class AttachmentsField : StringListField
{
    public override string Name => "Attachments";

    public override string DisplayName => "Tệp đính kèm (văn bản)";

    public override string ValueKey => "Paths";

    public override EditorInput Editor => EditorInput.Attachments;

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references) =>
        FieldJson.Texts(fieldValue[ValueKey]).Where(path => !IsDocument(path))
            .Select(path => $"Trường \"{label}\": \"{path}\" không phải là một văn bản của thư viện (PDF, Word, Excel…).");

    public override string ToEditorText(JsonObject fieldValue) => string.Join('\n', FieldJson.Texts(fieldValue[ValueKey]));

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        var paths = posted.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.TrimStart('/'));
        return new JsonObject { [ValueKey] = FieldJson.Array(paths) };
    }

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        FieldJson.Texts(fieldValue[ValueKey]).Where(IsDocument)
            .Select(path => new FieldAttachment($"{context.BasePath}/media/{path}", MediaPath.NameOf(path), MediaTypes.Find(Extension(path))!.Label))
            .ToList();

    private static bool IsDocument(string path) => MediaTypes.KindOfPath(path) == MediaKind.Document;

    private static string Extension(string path) => path[(path.LastIndexOf('.') + 1)..].ToLowerInvariant();
}

/// <summary>A document as a view sees it: its URL, file name and kind ("PDF", "Word").</summary>
public sealed record FieldAttachment(string Url, string Name, string Kind);
