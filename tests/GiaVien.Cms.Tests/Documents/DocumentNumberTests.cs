using GiaVien.Cms.Documents.Numbers;

namespace GiaVien.Cms.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("125/QĐ-UBND")]
    [InlineData("125/qd-ubnd")]
    [InlineData("125 QĐ UBND")]
    [InlineData("QĐ 125")]
    [InlineData("qđ125")]
    [InlineData("125 / QĐ – UBND")] // spaces and an en dash from a word processor
    [InlineData("125")]
    public void A_number_is_found_however_it_is_typed(string query) =>
        Assert.True(DocumentNumber.Matches("125/QĐ-UBND", query));

    [Theory]
    [InlineData("126/QĐ-UBND")]
    [InlineData("125/NQ-HĐND")]
    [InlineData("QĐ UBND")]
    [InlineData("quyết định 125")]
    [InlineData("")]
    public void Another_number_or_words_do_not_name_it(string query) =>
        Assert.False(DocumentNumber.Matches("125/QĐ-UBND", query));

    [Fact]
    public void A_number_with_its_year_splits_into_its_parts() =>
        Assert.Equal(["15", "2024", "nq", "hdnd"], DocumentNumber.Parts("15/2024/NQ-HĐND"));
}
