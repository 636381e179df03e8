using GiaVien.Cms.Search.Analysis;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Which stretches of a shown text (NFC) can hold a word that a search's terms match, so that only those are analysed
/// for marking: the analyzer's tokenizer costs about a microsecond a word, and all but a few words of a snippet's
/// 10,000 characters match nothing. The text is cut at spaces and line breaks, where the tokenizer always ends a word
/// (Unicode word boundaries), so a stretch analysed alone gives the tokens it gives in the whole text. A stretch is
/// skipped only when it is plainly one word (Latin letters and digits, each folding to one ASCII letter or digit)
/// between punctuation that joins nothing, and that word folded is no term folded: the analyzer's tokens of it (the
/// word lowercased, tone mark placed, and folded) could then match no term. Anything else is analysed as before.
/// </summary>
internal sealed class WordsToAnalyse
{
    // The tokenizer's longest token (VietnameseAnalyzer); a longer word is left to it.
    private const int LongestWord = 64;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _foldedTerms;

    public WordsToAnalyse(IEnumerable<string> terms)
    {
        // A term as written ("viễn") matches a token whose folded form is this term's folded form.
        var folded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            folded.Add(string.Create(term.Length, term, (chars, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    chars[i] = FoldingFilter.TryFoldToOne(t[i], out var f) ? char.ToLowerInvariant(f) : t[i];
                }
            }));
        }

        _foldedTerms = folded.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The stretches of <paramref name="text"/> to analyse, in order, next ones merged; the rest can match no term.</summary>
    public IEnumerable<(int Start, int End)> Stretches(string text)
    {
        var (start, end) = (-1, -1);
        for (var at = 0; at < text.Length;)
        {
            var wordEnd = at;
            while (wordEnd < text.Length && !IsBreak(text[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd > at && MayMatch(text.AsSpan(at, wordEnd - at)))
            {
                if (start >= 0 && !OnlyBreaksBetween(text, end, at))
                {
                    yield return (start, end);
                    start = -1;
                }

                start = start < 0 ? at : start;
                end = wordEnd;
            }

            at = wordEnd + 1;
        }

        if (start >= 0)
        {
            yield return (start, end);
        }
    }

    // Adjacent stretches to analyse (nothing skipped between them) are analysed in one go.
    private static bool OnlyBreaksBetween(string text, int end, int start)
    {
        for (var i = end; i < start; i++)
        {
            if (!IsBreak(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsBreak(char c) => c is ' ' or '\n' or '\r' or '\t';

    private bool MayMatch(ReadOnlySpan<char> chunk)
    {
        var (first, last) = (0, chunk.Length - 1);
        while (first <= last && IsLoneMark(chunk[first]))
        {
            first++;
        }

        while (last >= first && IsLoneMark(chunk[last]))
        {
            last--;
        }

        var word = chunk[first..(last + 1)];
        if (word.Length == 0)
        {
            return false;
        }

        if (word.Length > LongestWord)
        {
            return true;
        }

        Span<char> folded = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!(char.IsAsciiLetterOrDigit(c) || char.IsLetter(c)) || !FoldingFilter.TryFoldToOne(c, out var f) || !char.IsAsciiLetterOrDigit(f))
            {
                return true;
            }

            folded[i] = char.ToLowerInvariant(f);
        }

        return _foldedTerms.Contains(folded);
    }

    // Punctuation that is never part of a word and joins no word to another at its edge: ASCII's but '_' (a connector
    // joins letters), and the quotes and dashes of Vietnamese text. Not any symbol: some are letters to the tokenizer (Ⓐ).
    private static bool IsLoneMark(char c) => c < '\u0080'
        ? c != '_' && !char.IsAsciiLetterOrDigit(c) && !char.IsControl(c)
        : c is '“' or '”' or '‘' or '’' or '«' or '»' or '–' or '—' or '…';
}
