using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace GiaVien.Cms.Tenants;

/// <summary>
/// The pages a tenant shows when it cannot serve content. They are self-contained (no theme, no database),
/// because they are exactly what is shown when the tenant's theme or database is not available.
/// </summary>
public static class TenantStatusPages
{
    // Vietnamese letters stay readable UTF-8 instead of numeric entities.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static readonly (string Title, string Message) InitializingMessage =
        ("Trang đang được khởi tạo", "Trang thông tin điện tử này đang được khởi tạo. Vui lòng quay lại sau ít phút.");

    public static readonly (string Title, string Message) UnavailableMessage =
        ("Trang tạm ngừng hoạt động", "Trang thông tin điện tử này tạm ngừng hoạt động. Xin lỗi bạn vì sự bất tiện này.");

    public static string Initializing(string siteName) => Page(siteName, InitializingMessage.Title, InitializingMessage.Message);

    public static string Unavailable(string siteName) => Page(siteName, UnavailableMessage.Title, UnavailableMessage.Message);

    public static readonly (string Title, string Message) NotSetUpMessage =
        ("Trang chưa sẵn sàng", "Trang thông tin điện tử này chưa được khởi tạo xong. Quản trị viên cấp huyện đã được thông báo.");

    public static string NotSetUp(string siteName) => Page(siteName, NotSetUpMessage.Title, NotSetUpMessage.Message);

    public static string Error(string siteName) => Page(siteName,
        "Đã có lỗi xảy ra",
        "Hệ thống gặp sự cố khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút.");

    public static string BadRequest(string siteName) => Page(siteName,
        "Yêu cầu không hợp lệ",
        "Địa chỉ hoặc dữ liệu gửi lên không đúng định dạng. Hãy kiểm tra lại đường dẫn hoặc quay lại trang trước.");

    public static string TooLarge(string siteName) => Page(siteName,
        "Nội dung gửi lên quá lớn",
        "Dữ liệu bạn gửi vượt quá giới hạn cho phép (một trường tối đa 4 MB). Hãy quay lại, rút gọn nội dung hoặc chia thành nhiều bài, rồi gửi lại. Nội dung đã nhập vẫn còn trong trình duyệt của bạn.");

    /// <summary>The plain pages' only styling; the Content-Security-Policy allows it by its hash, as these pages carry no nonce.</summary>
    public const string Style = "body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}h1{color:#a50e0e;font-size:1.5rem}";

    private static string Page(string siteName, string title, string message)
    {
        var site = Encoder.Encode(siteName);
        return $$"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}} - {{site}}</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <main>
            <p>{{site}}</p>
            <h1>{{title}}</h1>
            <p>{{message}}</p>
            </main>
            </body>
            </html>
            """;
    }
}
