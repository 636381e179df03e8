using System.Text;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Tests.Search;

public sealed class VietnameseAnalyzerTests
{
    [Fact]
    public void Decomposed_text_gives_the_same_terms_as_composed_text()
    {
        const string text = "Đinh Trường Sơn về thăm xã Gia Viễn";

        Assert.Equal(Terms(text), Terms(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("tuỳ", "tùy")]
    [InlineData("HOÀ", "hòa")]
    public void Old_and_new_tone_placement_are_one_term(string old, string @new) => Assert.Equal(Terms(@new), Terms(old));

    [Fact]
    public void Qu_keeps_its_tone_on_the_last_vowel() => Assert.Equal(["quy", "quý"], Terms("Quý"));

    [Fact]
    public void Each_syllable_is_indexed_folded_and_as_written()
    {
        Assert.Equal(["duong", "đường", "truong", "trường", "son", "sơn", "gia"], Terms("Đường Trường Sơn gia"));
    }

    [Fact]
    public void Bigram_fields_hold_folded_syllable_pairs()
    {
        Assert.Equal(["gia vien", "vien ninh", "ninh binh"], Terms("Gia Viễn, Ninh Bình", NewsFields.TextBigrams));
    }

    private static List<string> Terms(string text, string field = NewsFields.Body)
    {
        var terms = new List<string>();
        using var stream = TestIndex.Analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
