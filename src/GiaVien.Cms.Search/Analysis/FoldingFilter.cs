using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// Folds each token to ASCII ("đường" → "duong") and, when <c>keepOriginal</c>, stacks the token as written
/// at the same position. Lucene's ASCIIFoldingFilter does the same with captured attribute states, which made
/// indexing three times slower; here the original is kept in a buffer and only the term and increment change.
/// </summary>
public sealed class FoldingFilter : TokenFilter
{
    // Single-character folds of U+0080..U+24FF, taken once from Lucene's ASCII folding; '\0' = no single-character fold.
    private static readonly char[] Table = BuildTable();

    private readonly bool _keepOriginal;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private char[] _original = new char[32];
    private int _originalLength;
    private bool _pending;

    public FoldingFilter(TokenStream input, bool keepOriginal) : base(input)
    {
        _keepOriginal = keepOriginal;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending)
        {
            _pending = false;
            _term.CopyBuffer(_original, 0, _originalLength);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        var length = _term.Length;
        var first = FirstToFold(buffer, 0, length);
        if (first < 0)
        {
            return true;
        }

        if (_keepOriginal)
        {
            if (_original.Length < length)
            {
                _original = new char[length * 2];
            }

            Array.Copy(buffer, _original, length);
            _originalLength = length;
            _pending = true;
        }

        Fold(buffer, length, first);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = false;
    }

    /// <summary>The one ASCII character <paramref name="c"/> folds to, or false when it folds to several or none.</summary>
    internal static bool TryFoldToOne(char c, out char folded)
    {
        folded = c < '\u0080' ? c : c < Table.Length ? Table[c] : '\0';
        return folded != '\0';
    }

    private static int FirstToFold(char[] buffer, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (buffer[i] >= '\u0080')
            {
                return i;
            }
        }

        return -1;
    }

    private void Fold(char[] buffer, int length, int first)
    {
        if (!TryFoldEachInPlace(buffer, first, length - first))
        {
            var output = new char[length * MaxFoldedLength];
            _term.CopyBuffer(output, 0, FoldWhole(buffer, 0, length, output, 0));
        }
    }

    /// <summary>The most characters Lucene's ASCII folding makes of one.</summary>
    internal const int MaxFoldedLength = 4;

    /// <summary>
    /// Folds <paramref name="length"/> characters from <paramref name="start"/> in place, each to its one ASCII character;
    /// false when one folds to several or none (rare), and then the token must be folded whole (<see cref="FoldWhole"/>)
    /// from its original text or from these characters, which are the original partly folded.
    /// </summary>
    internal static bool TryFoldEachInPlace(char[] chars, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            var c = chars[i];
            if (c < '\u0080')
            {
                continue;
            }

            var folded = c < Table.Length ? Table[c] : '\0';
            if (folded == '\0')
            {
                return false;
            }

            chars[i] = folded;
        }

        return true;
    }

    /// <summary>Lucene's folding of a whole token into <paramref name="output"/> at <paramref name="at"/> (room for <see cref="MaxFoldedLength"/> characters each); the folded length.</summary>
    internal static int FoldWhole(char[] chars, int start, int length, char[] output, int at) =>
        ASCIIFoldingFilter.FoldToASCII(chars, start, output, at, length) - at;

    /// <summary>Whether a token is folded, and its original then stacked on it: it has a character beyond ASCII.</summary>
    internal static bool NeedsFolding(char[] chars, int start, int length) => FirstToFold(chars, start, length) >= 0;

    private static char[] BuildTable()
    {
        var table = new char[0x2500];
        var input = new char[1];
        var output = new char[4];
        for (var c = 0x80; c < table.Length; c++)
        {
            input[0] = (char)c;
            if (ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, 1) == 1 && output[0] != c)
            {
                table[c] = output[0];
            }
        }

        return table;
    }
}
