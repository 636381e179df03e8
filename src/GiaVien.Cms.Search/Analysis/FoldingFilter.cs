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
        var first = FirstToFold(buffer, length);
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

    private static int FirstToFold(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
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
        for (var i = first; i < length; i++)
        {
            var c = buffer[i];
            if (c < '\u0080')
            {
                continue;
            }

            var folded = c < Table.Length ? Table[c] : '\0';
            if (folded == '\0')
            {
                // A character folding to several letters (æ → ae) or none: rare, so Lucene's full folding does the token.
                var output = new char[length * 4];
                var count = ASCIIFoldingFilter.FoldToASCII(buffer, 0, output, 0, length);
                _term.CopyBuffer(output, 0, count);
                return;
            }

            buffer[i] = folded;
        }
    }

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
