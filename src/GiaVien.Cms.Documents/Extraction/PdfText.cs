using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>The text of a PDF, page by page (PdfPig). A PDF whose pages hold no letters is a scan.</summary>
internal static class PdfText
{
    public static ExtractionResult Read(Stream file, ExtractionLimits limits, CancellationToken deadline)
    {
        try
        {
            // Lenient parsing reads the slightly damaged files office scanners and converters produce.
            using var document = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var text = new BoundedText(limits, deadline);
            var pages = 0;
            var hasText = false;
            foreach (var page in document.GetPages())
            {
                pages++;
                var pageText = PdfPageText.Of(page);
                hasText |= pageText.Any(char.IsLetterOrDigit);
                if (!text.Add(pageText) || pages >= limits.MaxPages)
                {
                    break;
                }
            }

            return text.Result(pages, hasText);
        }
        catch (PdfDocumentEncryptedException)
        {
            return ExtractionResult.Failed(ExtractionOutcome.Encrypted);
        }
        catch (Exception e) when (e is PdfDocumentFormatException or CorruptCompressedDataException or InvalidFontFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
            or NullReferenceException or InvalidCastException or FormatException or EndOfStreamException or KeyNotFoundException or OverflowException)
        {
            // PdfPig reports a damaged file through whichever exception the broken structure leads it to.
            return ExtractionResult.Failed(ExtractionOutcome.Broken);
        }
    }
}
