using Ganss.Xss;

namespace GiaVien.Cms.Themes.Guard;

/// <summary>How the template editor names, in Vietnamese, what a template was refused for.</summary>
internal static class RefusalNames
{
    public static string Tag(string name)
    {
        var tag = $"thẻ <{name.ToLowerInvariant()}>";
        return name.ToLowerInvariant() switch
        {
            "script" or "noscript" => tag + " (mã chạy trên trang)",
            "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "portal" or "fencedframe" => tag + " (nhúng trang hoặc ứng dụng khác)",
            "base" => tag + " (đổi địa chỉ gốc của trang)",
            "style" => tag + " (kiểu trình bày chỉ lấy từ site.css của giao diện)",
            "svg" or "math" or "template" => tag + " (có thể chứa mã chạy trên trang)",
            _ => tag + " (không nằm trong danh sách thẻ được phép)",
        };
    }

    public static string Attribute(string tag, string name, string value, RemoveReason reason)
    {
        var where = $"trên thẻ <{tag.ToLowerInvariant()}>";
        var attribute = name.ToLowerInvariant();
        if (reason is RemoveReason.NotAllowedUrlValue)
        {
            var scheme = value.Trim().Split(':', 2)[0];
            return $"địa chỉ \"{Shorten(scheme)}:\" trong thuộc tính {attribute} {where} (chỉ cho phép http, https, mailto, tel)";
        }

        return attribute switch
        {
            _ when attribute.StartsWith("on", StringComparison.Ordinal) => $"thuộc tính sự kiện {attribute} {where} (mã chạy trên trang)",
            "http-equiv" => $"thuộc tính http-equiv {where} (tự chuyển trang hoặc đổi cách trang hoạt động)",
            "style" => $"thuộc tính style {where} (kiểu trình bày chỉ lấy từ site.css của giao diện)",
            "formaction" or "srcdoc" or "xlink:href" => $"thuộc tính {attribute} {where} (đưa người xem hoặc dữ liệu sang trang khác)",
            _ => $"thuộc tính {attribute} {where} (không nằm trong danh sách thuộc tính được phép)",
        };
    }

    public static string FormAction(string action) =>
        $"biểu mẫu gửi đến trang khác (action=\"{Shorten(action)}\"; biểu mẫu chỉ được gửi đến các trang của chính trang này)";

    public static string Link(string? relation) =>
        $"thẻ <link rel=\"{Shorten(relation ?? "")}\"> (chỉ cho phép stylesheet, canonical, alternate, icon và các liên kết mô tả trang)";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
