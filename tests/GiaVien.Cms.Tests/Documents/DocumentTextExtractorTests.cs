using GiaVien.Cms.Documents.Extraction;

namespace GiaVien.Cms.Tests.Documents;

public sealed class DocumentTextExtractorTests
{
    private static ExtractionResult Extract(byte[] file, string extension, ExtractionLimits? limits = null) =>
        DocumentTextExtractor.Extract(new MemoryStream(file), extension, limits ?? ExtractionLimits.Default);

    [Fact]
    public void A_pdf_gives_the_text_of_every_page_with_its_diacritics()
    {
        var result = Extract(SampleDocuments.Pdf(
            ["QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch nạo vét kênh mương nội đồng"],
            ["Điều 2. Giao phòng Nông nghiệp chủ trì thực hiện."]), "pdf");

        Assert.Equal(ExtractionOutcome.Text, result.Outcome);
        Assert.Equal(2, result.Pages);
        Assert.Contains("nạo vét kênh mương nội đồng", result.Text);
        Assert.Contains("Giao phòng Nông nghiệp", result.Text);
        Assert.Null(result.Message);
    }

    [Fact]
    public void The_last_word_of_a_pdf_line_and_the_first_of_the_next_stay_two_words()
    {
        var result = Extract(SampleDocuments.Pdf(["Ưu tiên nạo vét tuyến kênh qua cánh đồng sen Đầm Cút", "trước ngày 15 tháng 01 năm 2024"]), "pdf");

        Assert.Matches("Đầm Cút\\s+trước ngày", result.Text);
    }

    [Fact]
    public void Words_a_pdf_places_apart_without_a_space_stay_two_words()
    {
        var result = Extract(SampleDocuments.PdfOfWordsPlacedApart("Thông báo", "lịch tiếp công dân", "tháng 11"), "pdf");

        Assert.Contains("Thông báo lịch tiếp công dân tháng 11", result.Text);
    }

    [Fact]
    public void A_docx_gives_its_paragraphs()
    {
        var result = Extract(SampleDocuments.Docx("KẾ HOẠCH", "Tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư"), "docx");

        Assert.Equal(ExtractionOutcome.Text, result.Outcome);
        Assert.Contains("ngày hội đại đoàn kết toàn dân tộc", result.Text);
    }

    [Fact]
    public void A_scanned_pdf_is_told_apart_with_a_message_for_the_editor()
    {
        var result = Extract(SampleDocuments.ScannedPdf(), "pdf");

        Assert.Equal(ExtractionOutcome.NoText, result.Outcome);
        Assert.Equal("", result.Text);
        Assert.Contains("bản quét", result.Message);
    }

    [Fact]
    public void An_encrypted_pdf_gives_no_text_and_says_it_has_a_password()
    {
        var result = Extract(SampleDocuments.EncryptedPdf(), "pdf");

        Assert.Equal(ExtractionOutcome.Encrypted, result.Outcome);
        Assert.Contains("mật khẩu", result.Message);
    }

    [Fact]
    public void A_password_protected_docx_is_encrypted_not_broken()
    {
        var result = Extract(SampleDocuments.EncryptedDocx(), "docx");

        Assert.Equal(ExtractionOutcome.Encrypted, result.Outcome);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void A_damaged_file_is_broken_with_a_message_and_no_exception(string extension)
    {
        var file = extension == "pdf" ? SampleDocuments.BrokenPdf() : [(byte)'P', (byte)'K', 3, 4, 1, 2, 3];

        var result = Extract(file, extension);

        Assert.Equal(ExtractionOutcome.Broken, result.Outcome);
        Assert.Contains("bị hỏng", result.Message);
    }

    [Fact]
    public void Text_beyond_the_limit_is_not_kept()
    {
        var pages = Enumerable.Range(1, 20).Select(n => new[] { $"Trang {n}: " + string.Concat(Enumerable.Repeat("nội dung văn bản ", 20)) }).ToArray();

        var result = Extract(SampleDocuments.Pdf(pages), "pdf", new ExtractionLimits { MaxCharacters = 1_000 });

        // Cut at the limit; a space falling at the cut is trimmed like the text's other ends.
        Assert.InRange(result.Text.Length, 999, 1_000);
        Assert.True(result.Pages < 20);
    }

    [Fact]
    public void Old_office_formats_are_kept_but_not_read()
    {
        var result = Extract(SampleDocuments.EncryptedDocx(), "doc");

        Assert.Equal(ExtractionOutcome.Unsupported, result.Outcome);
        Assert.NotNull(result.Message);
    }
}
