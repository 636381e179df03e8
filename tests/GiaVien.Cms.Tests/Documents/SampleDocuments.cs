using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GiaVien.Cms.Tests.Documents;

/// <summary>Small documents made on the spot, each kind a portal receives: text PDF, scan, Word, protected and damaged files.</summary>
public static class SampleDocuments
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>A PDF with one page per entry of <paramref name="pages"/>, each line drawn as text in a font with Vietnamese letters.</summary>
    public static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        foreach (var lines in pages)
        {
            var page = builder.AddPage(595, 842);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 11, new PdfPoint(50, 780 - i * 18), font);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// One line whose pieces are drawn one after another with a gap between them and no space glyph, as converters
    /// often set justified text.
    /// </summary>
    public static byte[] PdfOfWordsPlacedApart(params string[] pieces)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var page = builder.AddPage(595, 842);
        var x = 50.0;
        foreach (var piece in pieces)
        {
            x = page.AddText(piece, 11, new PdfPoint(x, 780), font)[^1].EndBaseLine.X + 5;
        }

        return builder.Build();
    }

    /// <summary>A PDF whose page holds only drawing, as a scanner's output holds only a picture: no letters to read.</summary>
    public static byte[] ScannedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        page.DrawRectangle(new PdfPoint(50, 50), 495, 742, 2, fill: false);
        return builder.Build();
    }

    /// <summary>A PDF protected by a user password nobody gave the reader (its keys are made up, so no password opens it).</summary>
    public static byte[] EncryptedPdf()
    {
        var ones = new string('A', 64);
        var pdf = "%PDF-1.7\n" +
            "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" +
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n" +
            $"4 0 obj << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <{ones}> /U <{ones}> >> endobj\n";
        return WithTrailer(pdf, 5, "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
    }

    /// <summary>The start of a PDF and then nothing a reader can use (a download cut short, a renamed file).</summary>
    public static byte[] BrokenPdf() => System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R\nstream\u0001\u0002 garbled");

    public static byte[] Docx(params string[] paragraphs)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(paragraphs.Select(p => new W.Paragraph(new W.Run(new W.Text(p))))));
        }

        return output.ToArray();
    }

    /// <summary>What Word saves when a file is given a password: an OLE container holding the encrypted package.</summary>
    public static byte[] EncryptedDocx() =>
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    private static byte[] WithTrailer(string body, int objects, string trailerEntries)
    {
        // Offsets of "N 0 obj" for the cross-reference table, which the reader checks.
        var offsets = Enumerable.Range(1, objects - 1).Select(n => body.IndexOf($"{n} 0 obj", StringComparison.Ordinal)).ToList();
        var xref = body.Length;
        var table = $"xref\n0 {objects}\n0000000000 65535 f \n" + string.Concat(offsets.Select(o => $"{o:D10} 00000 n \n"));
        var trailer = $"trailer << /Size {objects} /Root 1 0 R {trailerEntries} >>\nstartxref\n{xref}\n%%EOF\n";
        return System.Text.Encoding.ASCII.GetBytes(body + table + trailer);
    }
}
