using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Web.Site.Localization;

/// <summary>
/// What the search page says in its language: the Vietnamese page keeps the search's own messages, the English one
/// takes them from the theme's words (<c>Resources/en.json</c>), by what went wrong.
/// </summary>
public static class SearchWords
{
    public static string? Message(string language, string? error, SearchResults? results, IReadOnlyDictionary<string, string> words)
    {
        if (language != LocalizationPart.English)
        {
            return error ?? results?.Message;
        }

        if (error is not null || results is null)
        {
            return words["search_bad_request"];
        }

        return results.Problem switch
        {
            SearchProblem.Empty => words["search_empty"],
            SearchProblem.TooLong => words["search_too_long"],
            SearchProblem.NothingToSearch => words["search_nothing"],
            SearchProblem.IndexNotReady => words["search_not_ready"],
            _ => results.Total == 0 ? words["search_no_results"] : null,
        };
    }

    /// <summary>"Trang 2/5", "Page 2 of 5".</summary>
    public static string PageLabel(SearchResults results, IReadOnlyDictionary<string, string> words) =>
        words["search_page"].Replace("{0}", Number(results.Page), StringComparison.Ordinal).Replace("{1}", Number(results.PageCount), StringComparison.Ordinal);

    public static string DateLine(DateTime utc, string language) =>
        language == LocalizationPart.English ? EnglishDates.DateLine(utc) : VietnameseDates.DateLine(utc);

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
