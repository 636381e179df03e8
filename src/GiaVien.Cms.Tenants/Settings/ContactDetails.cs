using System.Text.RegularExpressions;

namespace GiaVien.Cms.Tenants.Settings;

/// <summary>
/// The checks of an e-mail address and a telephone number typed in the admin (site contact details, users).
/// Each returns a Vietnamese message, or null when the value is acceptable (an empty value is: the fields are optional).
/// </summary>
public static partial class ContactDetails
{
    public const string EmailMessage = "Địa chỉ thư điện tử không hợp lệ. Hãy nhập dạng ten@donvi.gov.vn (không dấu cách, không dấu tiếng Việt).";

    public const string PhoneMessage = "Số điện thoại không hợp lệ. Hãy nhập một số gồm 8 đến 15 chữ số, có thể có dấu cách, dấu chấm, gạch ngang, ngoặc đơn và dấu + ở đầu, ví dụ 0229 3871 234.";

    public static string? EmailError(string? value) =>
        string.IsNullOrWhiteSpace(value) || (value.Trim().Length <= 254 && Email().IsMatch(value.Trim())) ? null : EmailMessage;

    public static string? PhoneError(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return Phone().IsMatch(value.Trim()) && digits is >= 8 and <= 15 ? null : PhoneMessage;
    }

    // ASCII local part and a dotted domain: what a mail server of the province actually accepts.
    [GeneratedRegex(@"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 .()\-]+$")]
    private static partial Regex Phone();
}
