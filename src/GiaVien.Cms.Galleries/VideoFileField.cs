using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Serving;
using GiaVien.Cms.Media.Uploads;

namespace GiaVien.Cms.Galleries;

/// <summary>
/// The field kind "VideoFile": an MP4 of the tenant's own media library, <c>{"Paths":["video/le-hoi.mp4"]}</c>. The
/// file went through the library's upload checks (the container's signature, <c>Cms:Media:MaxVideoBytes</c>, the quota),
/// so the page serves it as it is, from the tenant's own address.
/// </summary>
public sealed class VideoFileField : StringListField
{
    public const string KindName = "VideoFile";

    public override string Name => KindName;

    public override string DisplayName => "Tệp video (MP4)";

    public override string ValueKey => "Paths";

    public override EditorInput Editor => EditorInput.Video;

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references)
    {
        foreach (var path in FieldJson.Texts(fieldValue[ValueKey]))
        {
            if (MediaTypes.KindOfPath(path) != MediaKind.Video)
            {
                yield return $"Trường \"{label}\": “{path}” không phải là đường dẫn một video MP4 của thư viện tệp, ví dụ “video/le-hoi.mp4”.";
            }
            else if (!references.MediaFileExists(path))
            {
                yield return $"Trường \"{label}\": “{path}” không có trong thư viện tệp của trang này. Hãy tải video lên thư viện trước.";
            }
        }
    }

    public override void DropMissingReferences(ContentFieldDefinition field, JsonObject fieldValue, IContentReferences references) =>
        fieldValue[ValueKey] = FieldJson.Array(FieldJson.Texts(fieldValue[ValueKey]).Where(references.MediaFileExists));

    public override string ToEditorText(JsonObject fieldValue) => FieldJson.Texts(fieldValue[ValueKey]) is [var path, ..] ? path : "";

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        var path = posted.Text.Trim().TrimStart('/');
        return new JsonObject { [ValueKey] = FieldJson.Array(path.Length == 0 ? [] : [path]) };
    }

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        FieldJson.Texts(fieldValue[ValueKey]).Where(p => MediaTypes.KindOfPath(p) == MediaKind.Video)
            .Select(p => new VideoFileView(MediaUrls.File(context.BasePath, p), MediaTypes.ContentTypeOf(p))).FirstOrDefault();
}

/// <summary>A video as a view sees it: its address and its content type for the <c>&lt;source&gt;</c>.</summary>
public sealed record VideoFileView(string Url, string Type);
