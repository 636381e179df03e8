using System.Collections.Concurrent;
using System.Text.Json;

namespace GiaVien.Cms.Themes;

/// <summary>
/// The theme's own words in each language it speaks, from <c>Resources/{culture}.json</c> in the theme folder
/// (key → text); views read them as <c>{{ words.search }}</c>. A language without a file, or a key missing from
/// its file, falls back to Vietnamese, so a page is never left with a blank label.
/// </summary>
public sealed class ThemeWords(string themeFolder)
{
    public const string DefaultCulture = "vi";

    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _byCulture = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> For(string culture) => _byCulture.GetOrAdd(culture, Load);

    private IReadOnlyDictionary<string, string> Load(string culture)
    {
        var words = new Dictionary<string, string>(Read(DefaultCulture), StringComparer.Ordinal);
        if (culture != DefaultCulture)
        {
            foreach (var (key, text) in Read(culture))
            {
                words[key] = text;
            }
        }

        return words;
    }

    private Dictionary<string, string> Read(string culture)
    {
        // The culture comes from code ("vi", "en"), never from a request; the check keeps it a plain file name anyway.
        if (culture.Length is 0 or > 10 || !culture.All(char.IsAsciiLetterLower))
        {
            return [];
        }

        var file = Path.Combine(themeFolder, "Resources", culture + ".json");
        return File.Exists(file) ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [] : [];
    }
}
