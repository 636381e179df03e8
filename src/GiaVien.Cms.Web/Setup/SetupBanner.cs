using System.Text;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Web.Setup;

/// <summary>The console message after the first setup: where the sites are and how to sign in.</summary>
public static class SetupBanner
{
    public static string Text(IReadOnlyList<string> addresses, TenantMap tenants, string adminUserName, string? generatedPassword)
    {
        var baseUrl = (addresses.Count > 0 ? addresses[0] : "http://localhost:5000").TrimEnd('/').Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal);
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("==================================================================");
        text.AppendLine(" GiaVien.Cms đã sẵn sàng / is ready");
        foreach (var tenant in tenants.Tenants.OrderBy(t => t.IsDefault ? "" : t.Name))
        {
            var url = tenant.UrlPrefix is null ? baseUrl + "/" : $"{baseUrl}/{tenant.UrlPrefix}/";
            text.AppendLine($"   {tenant.DisplayName,-40} {url}   [{tenant.State}]");
        }

        text.AppendLine($" Quản trị / admin:  {baseUrl}/admin   (mỗi trang thành viên: /<tiền tố>/admin)");
        text.AppendLine($" Tên đăng nhập / user name: {adminUserName}");
        text.AppendLine(generatedPassword is null
            ? " Mật khẩu / password: giá trị Cms:Setup:AdminPassword đã cấu hình (configured)"
            : $" Mật khẩu / password: {generatedPassword}   (chỉ hiển thị một lần / shown once: hãy lưu lại)");
        text.AppendLine("==================================================================");
        return text.ToString();
    }
}
