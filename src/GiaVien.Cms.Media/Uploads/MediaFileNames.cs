using System.Text;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data.Text;

namespace GiaVien.Cms.Media.Uploads;

/// <summary>
/// Turns the name an editor's computer sent ("Hội nghị tổng kết 2024.JPG") into a safe one
/// ("hoi-nghi-tong-ket-2024.jpg"). Names that try to be paths, carry control characters or are Windows
/// device names are refused outright rather than silently repaired: they only come from crafted requests.
/// </summary>
public static class MediaFileNames
{
    public const int MaxStemLength = 80;

    private static readonly HashSet<string> WindowsReserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>The safe stem and the lowercase extension (without dot) of an uploaded file's name.</summary>
    public static (string Stem, string Extension) Normalize(string? original)
    {
        // Direction controls are dropped first, so neither the name nor a message quoting it can be displayed reversed.
        original = BidiControls.StripOrNull(original);
        if (string.IsNullOrWhiteSpace(original))
        {
            throw Invalid("Tệp không có tên.");
        }

        if (original.Any(char.IsControl))
        {
            throw Invalid($"Tên tệp “{Printable(original)}” chứa ký tự điều khiển (như NUL) nên không được chấp nhận.");
        }

        if (original.Contains('/') || original.Contains('\\') || original.Contains("..", StringComparison.Ordinal))
        {
            throw Invalid($"Tên tệp “{original}” chứa đường dẫn thư mục (“/”, “\\” hoặc “..”) nên không được chấp nhận.");
        }

        var name = original.Normalize(NormalizationForm.FormC).Trim().TrimEnd('.', ' ');
        var firstDot = name.IndexOf('.');
        var device = (firstDot < 0 ? name : name[..firstDot]).TrimEnd();
        if (WindowsReserved.Contains(device))
        {
            throw Invalid($"“{device}” là tên dành riêng của Windows, không dùng được làm tên tệp. Hãy đổi tên tệp.");
        }

        var lastDot = name.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == name.Length - 1)
        {
            throw new MediaException(MediaErrorCode.ExtensionNotAllowed, $"Tệp “{name}” không có phần mở rộng (như .jpg, .pdf) nên không xác định được loại tệp.");
        }

        var extension = name[(lastDot + 1)..].ToLowerInvariant();
        var stem = VietnameseText.Slugify(name[..lastDot], MaxStemLength);
        return (stem.Length == 0 ? "tep" : stem, extension);
    }

    /// <summary>A new stem from a name typed in the rename form (the extension never changes).</summary>
    public static string NormalizeStem(string? typed)
    {
        typed = BidiControls.StripOrNull(typed);
        if (string.IsNullOrWhiteSpace(typed) || typed.Any(char.IsControl))
        {
            throw Invalid("Tên mới không hợp lệ.");
        }

        var stem = VietnameseText.Slugify(typed.Normalize(NormalizationForm.FormC), MaxStemLength);
        return stem.Length == 0 ? throw Invalid("Tên mới phải có ít nhất một chữ cái hoặc chữ số.") : stem;
    }

    private static MediaException Invalid(string message) => new(MediaErrorCode.InvalidName, message);

    private static string Printable(string name) => new(name.Select(c => char.IsControl(c) ? '�' : c).ToArray());
}
