using System.Text.RegularExpressions;

namespace GiaVien.Cms.Themes.Guard;

/// <summary>
/// The save-time check of a template override: its HTML, with every Liquid output and tag left out, must keep
/// everything through the allow-list the rendered output goes through (<see cref="OverrideOutputGuard"/>). What would
/// be removed is named, so the administrator learns at once instead of seeing it vanish from the page. A tag
/// assembled by Liquid from strings is not seen here; the render-time guard removes it.
/// </summary>
public static partial class TemplateSourceCheck
{
    /// <summary>What the template is refused for (each named once, in order of appearance); empty when it may be saved.</summary>
    public static IReadOnlyList<string> Refusals(string source, bool isLayout)
    {
        var refused = new List<string>();
        var sanitizer = OverrideOutputGuard.Create(refused.Add);
        var html = LiquidMarkup().Replace(source, "");
        if (isLayout)
        {
            sanitizer.SanitizeDocument(html);
        }
        else
        {
            sanitizer.Sanitize(html);
        }

        return refused.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The Vietnamese message the template editor shows, or null.</summary>
    public static string? Message(string source, bool isLayout) => Refusals(source, isLayout) is { Count: > 0 } refusals
        ? "Mẫu không được lưu vì có nội dung có thể chạy mã hoặc đưa người xem sang trang khác: " + string.Join("; ", refusals)
          + ". Mẫu chỉ được chứa HTML tĩnh; tập lệnh và kiểu trình bày của trang do hệ thống tự thêm."
        : null;

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LiquidMarkup();
}
