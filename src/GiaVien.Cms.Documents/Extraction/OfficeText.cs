using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// The text of Word (.docx) and Excel (.xlsx) files (Open XML SDK), read forward without loading the whole part
/// tree. A password-protected Office file is not a zip but an encrypted OLE container, which the SDK refuses like a
/// damaged one: the two are told apart by that container's signature.
/// </summary>
internal static class OfficeText
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static ExtractionResult ReadWord(Stream file, ExtractionLimits limits, CancellationToken deadline) =>
        Read(file, () =>
        {
            using var document = WordprocessingDocument.Open(file, false);
            var text = new BoundedText(limits, deadline);
            var hasText = false;
            if (document.MainDocumentPart is { } main)
            {
                using var reader = OpenXmlReader.Create(main);
                while (reader.Read())
                {
                    if (reader.ElementType == typeof(W.Paragraph) && reader.IsStartElement)
                    {
                        var paragraph = (W.Paragraph)reader.LoadCurrentElement()!;
                        var line = paragraph.InnerText;
                        hasText |= line.Any(char.IsLetterOrDigit);
                        if (!text.Add(line))
                        {
                            break;
                        }
                    }
                }
            }

            return text.Result(1, hasText);
        });

    public static ExtractionResult ReadExcel(Stream file, ExtractionLimits limits, CancellationToken deadline) =>
        Read(file, () =>
        {
            using var document = SpreadsheetDocument.Open(file, false);
            var text = new BoundedText(limits, deadline);
            var hasText = false;
            // Cell text lives in the shared strings; numbers and formulas say little a resident would search for.
            if (document.WorkbookPart?.SharedStringTablePart is { } strings)
            {
                using var reader = OpenXmlReader.Create(strings);
                while (reader.Read())
                {
                    if (reader.ElementType == typeof(S.SharedStringItem) && reader.IsStartElement)
                    {
                        var cell = reader.LoadCurrentElement()!.InnerText;
                        hasText |= cell.Any(char.IsLetterOrDigit);
                        if (!text.Add(cell))
                        {
                            break;
                        }
                    }
                }
            }

            return text.Result(document.WorkbookPart?.WorksheetParts.Count() ?? 0, hasText);
        });

    private static ExtractionResult Read(Stream file, Func<ExtractionResult> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException)
        {
            return ExtractionResult.Failed(IsOleContainer(file) ? ExtractionOutcome.Encrypted : ExtractionOutcome.Broken);
        }
    }

    private static bool IsOleContainer(Stream file)
    {
        if (!file.CanSeek)
        {
            return false;
        }

        file.Position = 0;
        Span<byte> head = stackalloc byte[OleSignature.Length];
        return file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(OleSignature);
    }
}
