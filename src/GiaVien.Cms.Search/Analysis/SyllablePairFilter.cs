using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// Turns a stream of syllables into the pairs of neighbours ("gia", "vien", "ninh" → "gia vien", "vien ninh"),
/// one per position: Vietnamese words are mostly two syllables, so a pair matches a word or a name part.
/// Cheaper than Lucene's ShingleFilter, which captures and restores attribute states for every token.
/// </summary>
public sealed class SyllablePairFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private char[] _previous = new char[32];
    private char[] _current = new char[32];
    private int _previousLength = -1;
    private int _previousStart;

    public SyllablePairFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            var length = _term.Length;
            var start = _offset.StartOffset;
            if (_current.Length < length)
            {
                _current = new char[length * 2];
            }

            Array.Copy(_term.Buffer, _current, length);
            var previousLength = _previousLength;
            var previousStart = _previousStart;
            (_previous, _current) = (_current, _previous);
            _previousLength = length;
            _previousStart = start;
            if (previousLength < 0)
            {
                continue;
            }

            // _current now holds the previous syllable, _previous the one just read.
            var pair = _term.ResizeBuffer(previousLength + 1 + length);
            Array.Copy(_current, pair, previousLength);
            pair[previousLength] = ' ';
            Array.Copy(_previous, 0, pair, previousLength + 1, length);
            _term.Length = previousLength + 1 + length;
            _offset.SetOffset(previousStart, _offset.EndOffset);
            return true;
        }

        return false;
    }

    public override void Reset()
    {
        base.Reset();
        _previousLength = -1;
    }
}
