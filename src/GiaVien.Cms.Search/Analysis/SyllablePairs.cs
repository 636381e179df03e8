using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// A syllable-pair field's tokens of analysed syllables: each pair of folded neighbours ("gia vien") at the second
/// one's position, from its first's start to its second's end; the tokens <see cref="SyllablePairFilter"/> makes of
/// folded syllables, from the folded forms <see cref="SyllableTokens"/> made once for both fields.
/// </summary>
internal sealed class SyllablePairs : TokenStream
{
    private readonly SyllableTokens _syllables;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next = 1;

    public SyllablePairs(SyllableTokens syllables)
    {
        _syllables = syllables;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next >= _syllables.Count)
        {
            return false;
        }

        ClearAttributes();
        _syllables.CopyFoldedPairTo(_next, _term);
        _offset.SetOffset(_syllables.StartOffset(_next - 1), _syllables.EndOffset(_next));
        _increment.PositionIncrement = _syllables.Increment(_next);
        _next++;
        return true;
    }

    public override void End()
    {
        base.End();
        _syllables.End(_offset, _increment);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _syllables.Disposed(this);
        }

        base.Dispose(disposing);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 1;
    }
}
