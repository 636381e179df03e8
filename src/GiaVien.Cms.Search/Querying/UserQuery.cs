using System.Text;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// What a resident typed, in our own small syntax: text in double quotes is a phrase, a leading minus excludes
/// a word or a phrase, everything else is literal text (Lucene operators and wildcards included: they are
/// just characters, and the analyzer drops the punctuation).
/// </summary>
public sealed record UserQuery(string Words, IReadOnlyList<string> Phrases, string ExcludedWords, IReadOnlyList<string> ExcludedPhrases)
{
    public static UserQuery Parse(string input)
    {
        var words = new StringBuilder();
        var excluded = new StringBuilder();
        var phrases = new List<string>();
        var excludedPhrases = new List<string>();
        var i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }

            var exclude = input[i] == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]);
            if (exclude)
            {
                i++;
            }

            if (input[i] == '"')
            {
                var end = input.IndexOf('"', i + 1);
                var phrase = end < 0 ? input[(i + 1)..] : input[(i + 1)..end];
                (exclude ? excludedPhrases : phrases).Add(phrase);
                i = end < 0 ? input.Length : end + 1;
                continue;
            }

            var start = i;
            while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
            {
                i++;
            }

            (exclude ? excluded : words).Append(input, start, i - start).Append(' ');
        }

        return new UserQuery(words.ToString(), phrases, excluded.ToString(), excludedPhrases);
    }
}
