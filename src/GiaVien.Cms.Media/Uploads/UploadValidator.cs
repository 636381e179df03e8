using System.Globalization;
using GiaVien.Cms.Data.Media;
using GiaVien.Cms.Media.Images;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Media.Uploads;

/// <summary>
/// Decides whether an uploaded file may enter the library, cheapest checks first: its name, its size, its
/// extension, its first bytes against the extension, then for images the pixel count read from the header
/// (before any decoding), a full decode, bytes hidden after the image's end and markup hidden inside.
/// </summary>
public sealed class UploadValidator(IOptions<MediaOptions> options)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Checks a file; <paramref name="content"/> must be seekable. Throws <see cref="MediaException"/> when refused.</summary>
    public ValidatedUpload Validate(string? originalName, Stream content)
    {
        var (stem, extension) = MediaFileNames.Normalize(originalName);
        var name = originalName!;
        if (content.Length == 0)
        {
            throw new MediaException(MediaErrorCode.Empty, $"Tệp “{name}” rỗng (0 byte): không có gì để tải lên.");
        }

        if (MediaTypes.IsActive(extension))
        {
            throw new MediaException(MediaErrorCode.ActiveContent, extension is "svg" or "svgz"
                ? $"Không nhận ảnh SVG (“{name}”) vì tệp SVG có thể chứa mã chạy trên trình duyệt. Hãy lưu ảnh dưới dạng PNG hoặc JPG rồi tải lên."
                : $"Không nhận tệp “{name}”: trang HTML và tệp mã lệnh không được phép tải lên thư viện.");
        }

        var type = MediaTypes.Find(extension) ?? throw new MediaException(MediaErrorCode.ExtensionNotAllowed,
            $"Không nhận tệp “.{extension}” (“{name}”). Chỉ nhận ảnh JPG, PNG, WebP, GIF; tài liệu PDF, Word, Excel, PowerPoint và video MP4.");

        var limit = type.Kind switch
        {
            MediaKind.Image => options.Value.MaxImageBytes,
            MediaKind.Video => options.Value.MaxVideoBytes,
            _ => options.Value.MaxDocumentBytes,
        };
        if (content.Length > limit)
        {
            throw new MediaException(MediaErrorCode.TooLarge, $"Tệp “{name}” nặng {FormatSize(content.Length)}, vượt giới hạn {FormatSize(limit)} cho mỗi tệp {KindLabel(type.Kind)}.");
        }

        var head = new byte[4096];
        content.Position = 0;
        head = head[..content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (ActiveContent.IsMarkupDocument(head))
        {
            throw new MediaException(MediaErrorCode.ActiveContent, $"Tệp “{name}” thực chất là mã HTML/XML, không phải {type.Label}: không được chấp nhận.");
        }

        content.Position = 0;
        if (!type.Signature.MatchesHead(head) || !type.Signature.MatchesContent(content))
        {
            throw new MediaException(MediaErrorCode.ContentMismatch, $"Nội dung tệp “{name}” không phải {type.Label} như phần mở rộng “.{extension}” cho biết. Tệp có thể bị đổi tên hoặc bị hỏng.");
        }

        (int Width, int Height)? size = type.Kind == MediaKind.Image ? CheckImage(name, content, type) : null;
        content.Position = 0;
        return new ValidatedUpload(stem, extension, type, content.Length, size?.Width, size?.Height);
    }

    private (int Width, int Height) CheckImage(string name, Stream content, MediaType type)
    {
        var corrupt = new MediaException(MediaErrorCode.CorruptFile, $"Ảnh “{name}” bị hỏng hoặc không đầy đủ (có thể do tải xuống bị gián đoạn). Hãy mở thử ảnh trên máy rồi tải lên lại.");
        var header = ImageHeader.ReadSize(content) ?? throw corrupt;
        if (header.Width <= 0 || header.Height <= 0)
        {
            throw corrupt;
        }

        if ((long)header.Width * header.Height > options.Value.MaxPixels)
        {
            throw new MediaException(MediaErrorCode.TooManyPixels, string.Create(Vietnamese,
                $"Ảnh “{name}” có kích thước {header.Width:N0} × {header.Height:N0} điểm ảnh, vượt giới hạn {options.Value.MaxPixels / 1_000_000.0:0.#} megapixel. Hãy thu nhỏ ảnh rồi tải lên."));
        }

        if (ImageTrailer.HasDataAfterEnd(content, type.ContentType) || ActiveContent.ContainsMarkup(content))
        {
            throw new MediaException(MediaErrorCode.ActiveContent, $"Ảnh “{name}” có chứa dữ liệu lạ (mã HTML/JavaScript hoặc dữ liệu sau phần kết thúc ảnh) nên không được chấp nhận. Hãy mở ảnh bằng phần mềm chỉnh ảnh, lưu lại rồi tải lên.");
        }

        using var codec = SkiaImages.Open(content) ?? throw corrupt;
        if (codec.Info.Width != header.Width || codec.Info.Height != header.Height || !SkiaImages.DecodesCompletely(codec))
        {
            throw corrupt;
        }

        return SkiaImages.DisplaySize(codec);
    }

    public static string FormatSize(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => string.Create(Vietnamese, $"{bytes / (1024.0 * 1024 * 1024):0.##} GB"),
        >= 1024 * 1024 => string.Create(Vietnamese, $"{bytes / (1024.0 * 1024):0.#} MB"),
        >= 1024 => string.Create(Vietnamese, $"{bytes / 1024.0:0} KB"),
        _ => $"{bytes} byte",
    };

    private static string KindLabel(MediaKind kind) => kind switch
    {
        MediaKind.Image => "ảnh",
        MediaKind.Video => "video",
        _ => "tài liệu",
    };
}

/// <summary>An accepted upload: its safe name parts, its type and (for images) its displayed size.</summary>
public sealed record ValidatedUpload(string Stem, string Extension, MediaType Type, long Length, int? Width, int? Height);
