using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Analysis;

/// <summary>
/// A text field's tokens of analysed syllables: each folded ("vien") and, when written with more than ASCII, the
/// syllable as written ("viễn") stacked at the same position; the tokens <see cref="FoldingFilter"/> with its original
/// kept makes of the same syllables, from the folded forms <see cref="SyllableTokens"/> made once for both fields.
/// </summary>
internal sealed class StackedSyllables : TokenStream
{
    private readonly SyllableTokens _syllables;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private int _next;
    private bool _originalPending;

    public StackedSyllables(SyllableTokens syllables)
    {
        _syllables = syllables;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_originalPending)
        {
            // As FoldingFilter: the same token's offsets, at the folded form's position.
            _originalPending = false;
            _syllables.CopyOriginalTo(_next - 1, _term);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (_next == _syllables.Count)
        {
            return false;
        }

        ClearAttributes();
        _syllables.CopyFoldedTo(_next, _term);
        _offset.SetOffset(_syllables.StartOffset(_next), _syllables.EndOffset(_next));
        _increment.PositionIncrement = _syllables.Increment(_next);
        _originalPending = _syllables.IsStacked(_next);
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
        _next = 0;
        _originalPending = false;
    }
}
