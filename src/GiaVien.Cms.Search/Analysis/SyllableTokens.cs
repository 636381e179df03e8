using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// The syllables of one text as the analyzer's shared first stages leave them (NFC, split, lowercased, tone marks
/// normalised), with their offsets and position increments, kept so the text is analysed once and read twice: by its
/// text field and by its syllable-pair field (<see cref="VietnameseAnalyzer.Index"/>). Each syllable is also folded once
/// here (<see cref="FoldingFilter"/>'s folding), since both fields need the folded form: the text field stacks the
/// syllable as written on it (<see cref="StackedSyllables"/>), the pair field joins neighbours (<see cref="SyllablePairs"/>).
/// </summary>
public sealed class SyllableTokens
{
    // A rebuild analyses three texts per item on every core; the texts' buffers and token streams are kept per thread for
    // the next item (docs/benchmarks.md, round 15) instead of being made anew for each. One of a text much longer than
    // news (a document's file text) is left to the collector rather than kept at its size.
    private const int KeptPerThread = 8;
    private const int LargestKeptChars = 1 << 15;

    [ThreadStatic]
    private static Stack<SyllableTokens>? t_kept;

    private StackedSyllables? _text;
    private SyllablePairs? _pairs;
    private bool _textDone;
    private bool _pairsDone;
    private char[] _chars = new char[256];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int[] _startOffsets = new int[32];
    private int[] _endOffsets = new int[32];
    private int[] _increments = new int[32];
    private int _charCount;
    private char[] _folded = new char[256];
    private int[] _foldedStarts = new int[32];
    private int[] _foldedLengths = new int[32];
    private bool[] _stacked = new bool[32];
    private int _foldedCount;

    public int Count { get; private set; }

    /// <summary>The offset just past the text (the tokenizer's final offset), which places a next value of the same field.</summary>
    public int FinalOffset { get; private set; }

    /// <summary>Positions skipped after the last syllable (a too-long token at the end), which the tokenizer reports at its end.</summary>
    public int FinalIncrement { get; private set; }

    private SyllableTokens()
    {
    }

    /// <summary>The text field's tokens of these syllables (<see cref="StackedSyllables"/>).</summary>
    internal TokenStream TextStream => _text ??= new StackedSyllables(this);

    /// <summary>The syllable-pair field's tokens of these syllables (<see cref="SyllablePairs"/>).</summary>
    internal TokenStream PairStream => _pairs ??= new SyllablePairs(this);

    /// <summary>Reads <paramref name="stream"/> to its end and disposes it.</summary>
    internal static SyllableTokens Read(TokenStream stream)
    {
        var tokens = t_kept is { Count: > 0 } kept ? kept.Pop() : new SyllableTokens();
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

    /// <summary>
    /// Called by each of the two streams when the indexer has read it (Lucene disposes a field's stream once it is
    /// inverted): with both read, the syllables and their streams are kept for the thread's next text.
    /// </summary>
    internal void Disposed(TokenStream stream)
    {
        _textDone |= stream == _text;
        _pairsDone |= stream == _pairs;
        if (!_textDone || !_pairsDone || _chars.Length > LargestKeptChars || (t_kept ??= new()).Count == KeptPerThread)
        {
            return;
        }

        (Count, FinalOffset, FinalIncrement, _charCount, _foldedCount, _textDone, _pairsDone) = (0, 0, 0, 0, 0, false, false);
        t_kept.Push(this);
    }

    /// <summary>Sets what a stream of these syllables reports at its end, as the tokenizer reported it.</summary>
    internal void End(IOffsetAttribute offset, IPositionIncrementAttribute increment)
    {
        offset.SetOffset(FinalOffset, FinalOffset);
        increment.PositionIncrement = FinalIncrement;
    }

    internal int StartOffset(int i) => _startOffsets[i];

    internal int EndOffset(int i) => _endOffsets[i];

    internal int Increment(int i) => _increments[i];

    /// <summary>Whether the text field stacks the syllable as written on its folded form (it has a character beyond ASCII).</summary>
    internal bool IsStacked(int i) => _stacked[i];

    internal void CopyOriginalTo(int i, ICharTermAttribute term) => term.CopyBuffer(_chars, _starts[i], _lengths[i]);

    internal void CopyFoldedTo(int i, ICharTermAttribute term) => term.CopyBuffer(_folded, _foldedStarts[i], _foldedLengths[i]);

    /// <summary>Writes the folded syllables <paramref name="i"/> − 1 and <paramref name="i"/> with a space between.</summary>
    internal void CopyFoldedPairTo(int i, ICharTermAttribute term)
    {
        var (first, second) = (_foldedLengths[i - 1], _foldedLengths[i]);
        var pair = term.ResizeBuffer(first + 1 + second);
        Array.Copy(_folded, _foldedStarts[i - 1], pair, 0, first);
        pair[first] = ' ';
        Array.Copy(_folded, _foldedStarts[i], pair, first + 1, second);
        term.Length = first + 1 + second;
    }

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
            Array.Resize(ref _foldedStarts, size);
            Array.Resize(ref _foldedLengths, size);
            Array.Resize(ref _stacked, size);
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
        AddFolded(length);
        _charCount += length;
        Count++;
    }

    // The folded form of the syllable just copied to the end of _chars, as FoldingFilter makes it.
    private void AddFolded(int length)
    {
        if (_foldedCount + length * FoldingFilter.MaxFoldedLength > _folded.Length)
        {
            Array.Resize(ref _folded, Math.Max(_folded.Length * 2, _foldedCount + length * FoldingFilter.MaxFoldedLength));
        }

        var stacked = FoldingFilter.NeedsFolding(_chars, _charCount, length);
        var foldedLength = length;
        Array.Copy(_chars, _charCount, _folded, _foldedCount, length);
        if (stacked && !FoldingFilter.TryFoldEachInPlace(_folded, _foldedCount, length))
        {
            foldedLength = FoldingFilter.FoldWhole(_chars, _charCount, length, _folded, _foldedCount);
        }

        _stacked[Count] = stacked;
        _foldedStarts[Count] = _foldedCount;
        _foldedLengths[Count] = foldedLength;
        _foldedCount += foldedLength;
    }
}
