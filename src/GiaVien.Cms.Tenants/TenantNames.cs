using System.Text.RegularExpressions;

namespace GiaVien.Cms.Tenants;

/// <summary>Rules for tenant names, URL prefixes and host names. Messages are Vietnamese: editors read them.</summary>
public static partial class TenantNames
{
    public const int MaxLength = 40;

    /// <summary>
    /// Words a tenant can neither be named nor prefixed with, because the district site (or the host) answers
    /// on them: a tenant at <c>/admin</c> would hide the district's administration.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "api", "media", "health", "tim-kiem", "tin-tuc", "trang", "chuyen-muc", "rss", "sitemap",
        "robots", "static", "assets", "theme", "themes", "account", "dang-nhap", "dang-xuat", "default",
        "www", "host", "app", "so-do-trang", "lien-he", "gioi-thieu", "en",
        // Pages of the district's tenant administration, beside /admin/tenants/{name}.
        "create", "import", "archives",
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?::\d{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();

    /// <summary>Returns an error message, or null when <paramref name="name"/> can name a new tenant.</summary>
    public static string? ValidateName(string? name) => ValidateSlug(name, "Tên định danh");

    public static string? ValidatePrefix(string? prefix) => ValidateSlug(prefix, "Tiền tố đường dẫn");

    public static string? ValidateHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return "Tên miền không được để trống.";
        }

        return host.Length <= 253 && HostPattern().IsMatch(host)
            ? null
            : $"Tên miền \"{host}\" không hợp lệ: chỉ dùng chữ thường không dấu, số, dấu gạch ngang và dấu chấm (có thể bắt đầu bằng \"*.\").";
    }

    /// <summary>Host names compare case-insensitively and without a trailing dot.</summary>
    public static string NormalizeHost(string host) => host.Trim().TrimEnd('.').ToLowerInvariant();

    private static string? ValidateSlug(string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{label} không được để trống.";
        }

        if (value.Length > MaxLength)
        {
            return $"{label} dài tối đa {MaxLength} ký tự.";
        }

        if (!SlugPattern().IsMatch(value))
        {
            return $"{label} \"{value}\" không hợp lệ: chỉ dùng chữ thường không dấu (a-z), số và dấu gạch ngang, ví dụ \"gia-hoa\".";
        }

        return Reserved.Contains(value) ? $"{label} \"{value}\" là từ dành riêng của hệ thống, hãy chọn tên khác." : null;
    }
}
