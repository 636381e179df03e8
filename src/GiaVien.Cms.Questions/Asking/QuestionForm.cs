using System.Globalization;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Text;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Questions.Asking;

/// <summary>What a resident typed in the question form, cleaned (NFC, no direction controls, trimmed), and its errors.</summary>
public sealed partial class QuestionForm
{
    public const int MaxQuestionLength = 5000;
    public const string HoneypotField = "website";

    public string Name { get; init; } = "";
    public string Address { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Field { get; init; } = "";
    public string Title { get; init; } = "";
    public string Question { get; init; } = "";
    public bool Consent { get; init; }
    public string Honeypot { get; init; } = "";
    public string Token { get; init; } = "";
    public string ChallengeAnswer { get; init; } = "";

    public static QuestionForm Read(IFormCollection form) => new()
    {
        Name = Clean(form["name"]),
        Address = Clean(form["address"]),
        Email = Clean(form["email"]),
        Phone = Clean(form["phone"]),
        Field = Clean(form["field"]),
        Title = Clean(form["title"]),
        Question = Clean(form["question"]),
        Consent = form["consent"] == "yes",
        Honeypot = form[HoneypotField].ToString(),
        Token = form["token"].ToString(),
        ChallengeAnswer = Clean(form["answer"]),
    };

    /// <summary>Field errors keyed by the form's field names; empty when the question may be stored.</summary>
    public Dictionary<string, string> Validate(IReadOnlyList<string> fields)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Require(errors, "name", Name, "Vui lòng nhập họ và tên.", 100);
        Require(errors, "address", Address, "Vui lòng nhập địa chỉ.", 300);
        if (Email.Length == 0 && Phone.Length == 0)
        {
            errors["email"] = "Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.";
        }
        else if (Email.Length > 0 && (Email.Length > 256 || !EmailPattern().IsMatch(Email)))
        {
            errors["email"] = "Địa chỉ thư điện tử không đúng (ví dụ: ten@gmail.com).";
        }

        if (Phone.Length > 0 && !PhonePattern().IsMatch(Phone))
        {
            errors["phone"] = "Số điện thoại chỉ gồm chữ số (9–12 số), có thể bắt đầu bằng +84.";
        }

        if (!fields.Contains(Field, StringComparer.Ordinal))
        {
            errors["field"] = "Vui lòng chọn lĩnh vực của câu hỏi.";
        }

        Require(errors, "title", Title, "Vui lòng nhập tiêu đề câu hỏi.", 200);
        Require(errors, "question", Question, "Vui lòng nhập nội dung câu hỏi.", MaxQuestionLength);
        if (!Consent)
        {
            errors["consent"] = "Vui lòng đồng ý với việc xử lý dữ liệu cá nhân để gửi câu hỏi.";
        }

        foreach (var (key, value) in new[] { ("name", Name), ("address", Address), ("email", Email), ("phone", Phone), ("title", Title), ("question", Question) })
        {
            if (!errors.ContainsKey(key) && LooksLikeMarkup(value))
            {
                errors[key] = "Nội dung không được chứa mã HTML hay mã lệnh (script). Vui lòng chỉ nhập văn bản.";
            }
        }

        return errors;
    }

    /// <summary>Tags, comments and script addresses: a question is plain text, so anything like them is refused.</summary>
    public static bool LooksLikeMarkup(string value) => MarkupPattern().IsMatch(value);

    private static void Require(Dictionary<string, string> errors, string key, string value, string missing, int maxLength)
    {
        if (value.Length == 0)
        {
            errors[key] = missing;
        }
        else if (value.Length > maxLength)
        {
            errors[key] = $"Nội dung quá dài: tối đa {Thousands(maxLength)} ký tự, bạn đã nhập {Thousands(value.Length)} ký tự.";
        }
    }

    // Vietnamese groups thousands with dots: 20.000.
    private static string Thousands(int n) => n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.');

    private static string Clean(string? value) => TextNormalizer.Nfc(BidiControls.Strip((value ?? "").Replace("\r\n", "\n").Trim()));

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 .]{7,14}[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|javascript\s*:|\bon[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupPattern();
}
