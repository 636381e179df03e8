using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Uploads;

namespace GiaVien.Cms.Galleries;

/// <summary>
/// The field kind "AlbumPhotos": an album's photos in order, each an image the tenant's own media library holds,
/// with the alt text a screen reader reads and an optional caption:
/// <c>{"Photos":[{"Path":"thu-vien-anh/le-hoi.jpg","Alt":"…","Caption":"…"}]}</c>. The editor posts one photo a
/// line, <c>đường dẫn | mô tả ảnh | chú thích</c>, so the order is the lines' order: typed by hand without script, written
/// by the album editor's picker (<c>album-editor.js</c>) with it, and checked here the same way either way.
/// </summary>
public sealed class AlbumPhotosField : ContentFieldKind
{
    public const string KindName = "AlbumPhotos";
    public const int MaxPhotos = 200;

    public override string Name => KindName;

    public override string DisplayName => "Ảnh của album";

    public override string ValueKey => AlbumPhotos.Key;

    public override EditorInput Editor => EditorInput.Photos;

    protected override string? ShapeError(JsonNode value) =>
        AlbumPhotos.Read(value) is null ? "phải là danh sách ảnh, mỗi ảnh có đường dẫn (Path), mô tả ảnh (Alt) và chú thích (Caption)" : null;

    public override bool IsEmpty(JsonNode? value) => value is not JsonArray { Count: > 0 };

    protected override IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references)
    {
        var photos = AlbumPhotos.Read(fieldValue[ValueKey]) ?? [];
        if (photos.Count > MaxPhotos)
        {
            yield return $"Trường \"{label}\" có {photos.Count} ảnh, nhiều hơn giới hạn {MaxPhotos} ảnh của một album: hãy chia thành nhiều album.";
        }

        for (var i = 0; i < photos.Count; i++)
        {
            var photo = photos[i];
            if (MediaTypes.KindOfPath(photo.Path) != MediaKind.Image)
            {
                yield return $"Trường \"{label}\": ảnh thứ {i + 1} (“{photo.Path}”) không phải là đường dẫn một ảnh của thư viện tệp (JPG, PNG, WebP, GIF), ví dụ “thu-vien-anh/le-hoi.jpg”.";
            }
            else if (!references.MediaFileExists(photo.Path))
            {
                yield return $"Trường \"{label}\": ảnh thứ {i + 1} (“{photo.Path}”) không có trong thư viện tệp của trang này. Chỉ chọn được ảnh đã tải lên thư viện của chính đơn vị.";
            }

            if (string.IsNullOrWhiteSpace(photo.Alt))
            {
                yield return $"Trường \"{label}\": ảnh thứ {i + 1} chưa có mô tả ảnh (cho người khiếm thị).";
            }
        }
    }

    /// <summary>A photo no longer in the library (an item carried into another tenant) leaves the album; the rest stay in order.</summary>
    public override void DropMissingReferences(ContentFieldDefinition field, JsonObject fieldValue, IContentReferences references)
    {
        if (AlbumPhotos.Read(fieldValue[ValueKey]) is { } photos)
        {
            fieldValue[ValueKey] = AlbumPhotos.Write(photos.Where(p => references.MediaFileExists(p.Path)));
        }
    }

    /// <summary>The full-screen viewer; without it every photo is still a link to its full image.</summary>
    public override string? DisplayScript => "gallery.js";

    public override bool FullTextByDefault => true;

    /// <summary>Captions and alt texts: a resident searching for what a photo shows finds its album.</summary>
    public override string? SearchText(JsonObject fieldValue) =>
        AlbumPhotos.Read(fieldValue[ValueKey]) is { Count: > 0 } photos
            ? string.Join("\n", photos.Select(p => string.Join(". ", new[] { p.Caption, p.Alt }.Where(t => !string.IsNullOrWhiteSpace(t)))))
            : null;

    public override object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) =>
        (AlbumPhotos.Read(fieldValue[ValueKey]) ?? []).Select((photo, i) => AlbumPhotoView.Of(photo, i + 1, context.BasePath)).ToList();

    public override string ToEditorText(JsonObject fieldValue) =>
        string.Join('\n', (AlbumPhotos.Read(fieldValue[ValueKey]) ?? []).Select(p => $"{p.Path} | {p.Alt} | {p.Caption}".TrimEnd(' ', '|')));

    public override JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        var photos = new List<AlbumPhoto>();
        var lines = posted.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('|', 3, StringSplitOptions.TrimEntries);
            if (parts[0].Length == 0)
            {
                error = $"Dòng {i + 1} thiếu đường dẫn ảnh: mỗi dòng là “đường dẫn | mô tả ảnh | chú thích”.";
                return null;
            }

            photos.Add(new AlbumPhoto(parts[0].TrimStart('/'), parts.ElementAtOrDefault(1) ?? "", NullIfBlank(parts.ElementAtOrDefault(2))));
        }

        return new JsonObject { [ValueKey] = AlbumPhotos.Write(photos) };
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
