using System.Globalization;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Web.Site;

/// <summary>Reads a search from the query string (q, page, category, type, from, to, sort, scope, lang) of <c>/tim-kiem</c> and <c>/api/search</c>.</summary>
public static class SearchQueryString
{
    /// <summary>The keys search itself reads; a field with one of these names cannot be filtered on by search.</summary>
    public static readonly IReadOnlySet<string> ReservedKeys = new HashSet<string>(["q", "page", "category", "type", "from", "to", "sort", "scope", "lang"], StringComparer.Ordinal);

    /// <summary>The values of <c>sort</c> search knows itself; any other names a sortable field (<see cref="SearchFieldScope"/>).</summary>
    public static readonly IReadOnlySet<string> UsualSorts = new HashSet<string>(["relevance", "newest"], StringComparer.Ordinal);

    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    public static (SearchRequest Request, bool District, string? Error) Parse(IQueryCollection query)
    {
        string? error = null;
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var from = Date(query, "from", ref error);
        var to = Date(query, "to", ref error);
        if (from is { } start && to is { } end && start > end)
        {
            error ??= $"Ngày bắt đầu ({Display(start)}) sau ngày kết thúc ({Display(end)}), vui lòng chọn lại khoảng thời gian.";
        }

        var request = new SearchRequest(
            query["q"].ToString(),
            page,
            Value(query, "category"),
            Value(query, "type"),
            from,
            to,
            Value(query, "sort") == "newest" ? SearchSort.Newest : SearchSort.Relevance) { Language = Language(query, ref error) };
        return (request, Value(query, "scope") == "district", error);
    }

    /// <summary>A filter value as typed (trimmed), for showing it again in the form; null when absent or too long.</summary>
    public static string? Value(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 and <= 100 } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    // "lang=en" searches the English items (analysed as English); without it, or "lang=vi", the Vietnamese ones.
    private static string Language(IQueryCollection query, ref string? error)
    {
        var language = Value(query, "lang");
        if (language is null or LocalizationPart.Vietnamese or LocalizationPart.English)
        {
            return language ?? LocalizationPart.Vietnamese;
        }

        error ??= $"Ngôn ngữ \"{language}\" không được hỗ trợ, hãy chọn vi (tiếng Việt) hoặc en (tiếng Anh).";
        return LocalizationPart.Vietnamese;
    }

    private static string Display(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateOnly? Date(IQueryCollection query, string name, ref string? error)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // Far-away years would overflow the conversion to the start of the day in UTC; no news is dated there.
            if (date.Year is >= MinYear and <= MaxYear)
            {
                return date;
            }

            error ??= $"Ngày \"{text}\" nằm ngoài khoảng cho phép, hãy chọn một ngày từ năm {MinYear} đến năm {MaxYear}.";
            return null;
        }

        error ??= $"Ngày \"{text}\" không hợp lệ, hãy nhập theo dạng năm-tháng-ngày, ví dụ 2024-03-15.";
        return null;
    }
}
