using GiaVien.Cms.Data.Questions;
using MimeKit;

namespace GiaVien.Cms.Questions.Mail;

/// <summary>The e-mail telling a resident their question was answered: the answer itself, as HTML and as plain text.</summary>
public static class AnswerMail
{
    public static MimeMessage Build(CitizenQuestionRecord question, SmtpOptions smtp, string siteName)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(new MailboxAddress(question.AskerName ?? "", question.AskerEmail!));
        message.Subject = $"Trả lời câu hỏi: {question.Title}";
        var greeting = $"Kính gửi {question.AskerName},";
        var intro = $"{siteName} trả lời câu hỏi “{question.Title}” của Ông/Bà như sau:";
        var body = new BodyBuilder
        {
            TextBody = $"{greeting}\n\n{intro}\n\n{PlainText(question.AnswerHtml ?? "")}\n\nĐơn vị trả lời: {question.Unit}\n",
            HtmlBody = $"<p>{Encode(greeting)}</p><p>{Encode(intro)}</p>{question.AnswerHtml}<p>Đơn vị trả lời: {Encode(question.Unit ?? "")}</p>",
        };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);

    private static string PlainText(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html.Replace("</p>", "\n\n"), "<[^>]*>", "")).Trim();
}
