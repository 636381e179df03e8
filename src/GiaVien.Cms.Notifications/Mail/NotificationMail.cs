using System.Text;
using GiaVien.Cms.Notifications.Reading;
using GiaVien.Cms.Questions;
using MimeKit;

namespace GiaVien.Cms.Notifications.Mail;

/// <summary>
/// The e-mail of one notification: Vietnamese subject and plain text, links into the admin built on the tenant's
/// configured address (never a request's Host header); without one the text says where to look instead.
/// </summary>
public static class NotificationMail
{
    public static MimeMessage Build(NotificationGroup group, string userName, string email, string siteName, string? siteBase, SmtpOptions smtp)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(new MailboxAddress(userName, email));
        message.Subject = NotificationText.Subject(group, siteName);
        var text = new StringBuilder()
            .Append("Chào ").Append(userName).AppendLine(",").AppendLine()
            .AppendLine(NotificationText.Sentence(group));
        if (group.Note is { Length: > 0 } note)
        {
            text.Append("Ghi chú của người duyệt: ").AppendLine(note);
        }

        text.AppendLine();
        foreach (var item in group.Items)
        {
            text.Append("- ").Append(item.Title);
            text.AppendLine(siteBase is null ? "" : $": {siteBase}/admin/content/edit/{item.ContentItemId}");
        }

        if (group.ItemCount > group.Items.Count)
        {
            text.Append("… và ").Append(group.ItemCount - group.Items.Count).AppendLine(" nội dung khác.");
        }

        text.AppendLine().AppendLine(siteBase is null
            ? "Đăng nhập trang quản trị, mục “Thông báo của tôi”, để xem chi tiết."
            : $"Tất cả thông báo của bạn: {siteBase}/admin/thong-bao-cua-toi");
        text.AppendLine().Append("Bạn nhận thư này vì đã chọn “Nhận thông báo qua e-mail” trong trang “Tài khoản của tôi” của ").Append(siteName).AppendLine(".");
        message.Body = new TextPart("plain") { Text = text.ToString() };
        return message;
    }
}
