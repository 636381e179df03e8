using System.Text;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>Text collected from a file a piece at a time, until the character limit or the deadline.</summary>
internal sealed class BoundedText(ExtractionLimits limits, CancellationToken deadline)
{
    private readonly StringBuilder _text = new();

    public bool Full => _text.Length >= limits.MaxCharacters;

    public bool TimedOut => deadline.IsCancellationRequested;

    /// <summary>Adds one piece (a page, a paragraph) on a line of its own; false once nothing more should be read.</summary>
    public bool Add(string piece)
    {
        if (Full || TimedOut)
        {
            return false;
        }

        if (piece.Length > 0)
        {
            _text.Append(piece.AsSpan(0, Math.Min(piece.Length, limits.MaxCharacters - _text.Length))).Append('\n');
        }

        return !Full && !TimedOut;
    }

    public ExtractionResult Result(int pages, bool hasText) =>
        new(TimedOut ? ExtractionOutcome.TimedOut : hasText ? ExtractionOutcome.Text : ExtractionOutcome.NoText, _text.ToString().Trim(), pages);
}
