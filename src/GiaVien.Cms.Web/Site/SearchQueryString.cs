using System.Globalization;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Web.Site;

/// <summary>Reads a search from the query string (q, page, category, type, from, to, sort, scope) of <c>/tim-kiem</c> and <c>/api/search</c>.</summary>
public static class SearchQueryString
{
    public static (SearchRequest Request, bool District, string? Error) Parse(IQueryCollection query)
    {
        string? error = null;
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var request = new SearchRequest(
            query["q"].ToString(),
            page,
            Value(query, "category"),
            Value(query, "type"),
            Date(query, "from", ref error),
            Date(query, "to", ref error),
            Value(query, "sort") == "newest" ? SearchSort.Newest : SearchSort.Relevance);
        return (request, Value(query, "scope") == "district", error);
    }

    private static string? Value(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 and <= 100 } value ? value.Trim() : null;

    private static DateOnly? Date(IQueryCollection query, string name, ref string? error)
    {
        if (Value(query, name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        error ??= $"Ngày \"{text}\" không hợp lệ, hãy nhập theo dạng năm-tháng-ngày, ví dụ 2024-03-15.";
        return null;
    }
}
