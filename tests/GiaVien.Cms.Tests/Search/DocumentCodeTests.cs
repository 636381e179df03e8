using System.Text;
using GiaVien.Cms.Search.Analysis;

namespace GiaVien.Cms.Tests.Search;

public sealed class DocumentCodeTests
{
    [Theory]
    [InlineData("125/QĐ-UBND")]
    [InlineData("125/qd-ubnd")]
    [InlineData("125 QĐ UBND")]
    [InlineData("UBND-QĐ 125")]
    [InlineData(" 125 / QĐ – UBND. ")]
    public void Every_spelling_of_a_code_has_one_canonical_form(string typed) =>
        Assert.Equal("125 qd ubnd", DocumentCode.Canonical(typed));

    [Fact]
    public void Decomposed_input_folds_like_composed_input() =>
        Assert.Equal(DocumentCode.Parts("125/QĐ-UBND"), DocumentCode.Parts("125/QĐ-UBND".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Letters_written_against_digits_are_separate_parts()
    {
        Assert.Equal(["qd", "125"], DocumentCode.Parts("QĐ125"));
        Assert.Equal(["03", "2024", "tt", "bnv"], DocumentCode.Parts("03/2024/TT-BNV"));
    }

    [Fact]
    public void A_keyword_keeps_the_order_it_was_written_in() =>
        Assert.Equal("uy ban nhan dan", DocumentCode.Folded("Ủy ban  nhân-dân"));

    [Theory]
    [InlineData("QĐ 125", true)]
    [InlineData("125/qd-ubnd", true)]
    [InlineData("125", false)]
    [InlineData("quyết định", false)]
    public void Only_queries_with_a_number_and_another_part_are_tried_as_codes(string typed, bool mayBeCode) =>
        Assert.Equal(mayBeCode, DocumentCode.MayBeCode(DocumentCode.Parts(typed)));
}
