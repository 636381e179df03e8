using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// The syllables of one text as the analyzer's shared first stages leave them (NFC, split, lowercased, tone marks
/// normalised), with their offsets and position increments, kept so the text is analysed once and read twice: by its
/// text field and by its syllable-pair field (<see cref="VietnameseAnalyzer.Index"/>). Splitting and normalising are most
/// of the analysis; what differs between the two fields (folding, pairing) runs on the replay.
/// </summary>
public sealed class SyllableTokens
{
    private char[] _chars = new char[256];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int[] _startOffsets = new int[32];
    private int[] _endOffsets = new int[32];
    private int[] _increments = new int[32];
    private int _charCount;

    public int Count { get; private set; }

    /// <summary>The offset just past the text (the tokenizer's final offset), which places a next value of the same field.</summary>
    public int FinalOffset { get; private set; }

    /// <summary>Positions skipped after the last syllable (a too-long token at the end), which the tokenizer reports at its end.</summary>
    public int FinalIncrement { get; private set; }

    /// <summary>Reads <paramref name="stream"/> to its end and disposes it.</summary>
    internal static SyllableTokens Read(TokenStream stream)
    {
        var tokens = new SyllableTokens();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add(term.Buffer, term.Length, offset.StartOffset, offset.EndOffset, increment.PositionIncrement);
            }

            stream.End();
            tokens.FinalOffset = offset.EndOffset;
            tokens.FinalIncrement = increment.PositionIncrement;
        }

        return tokens;
    }

    /// <summary>A fresh stream of the syllables, as the first stages produced them.</summary>
    public TokenStream Replay() => new SyllableReplay(this);

    private void Add(char[] buffer, int length, int startOffset, int endOffset, int increment)
    {
        if (Count == _starts.Length)
        {
            var size = Count * 2;
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _startOffsets, size);
            Array.Resize(ref _endOffsets, size);
            Array.Resize(ref _increments, size);
        }

        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        Array.Copy(buffer, 0, _chars, _charCount, length);
        _starts[Count] = _charCount;
        _lengths[Count] = length;
        _startOffsets[Count] = startOffset;
        _endOffsets[Count] = endOffset;
        _increments[Count] = increment;
        _charCount += length;
        Count++;
    }

    private sealed class SyllableReplay : TokenStream
    {
        private readonly SyllableTokens _tokens;
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public SyllableReplay(SyllableTokens tokens)
        {
            _tokens = tokens;
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next == _tokens.Count)
            {
                return false;
            }

            ClearAttributes();
            var t = _tokens;
            _term.CopyBuffer(t._chars, t._starts[_next], t._lengths[_next]);
            _offset.SetOffset(t._startOffsets[_next], t._endOffsets[_next]);
            _increment.PositionIncrement = t._increments[_next];
            _next++;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(_tokens.FinalOffset, _tokens.FinalOffset);
            _increment.PositionIncrement = _tokens.FinalIncrement;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }
}
