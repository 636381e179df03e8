using System.Text;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// The index analyses a text once and finishes it per field (<see cref="VietnameseAnalyzer.Syllables"/>); what it writes
/// must be exactly what analysing the text for each field writes: terms, offsets, positions, and the end of the stream
/// (which places the next value of a field of several values, as lead and body share the pair field).
/// </summary>
public sealed class SyllableTokensTests
{
    private static readonly string[] SampleTexts =
    [
        "",
        "   ",
        "UBND huyện Gia Viễn tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
        "Hoà Bình, khoẻ mạnh, thuỷ lợi: Quý khách ĐƯỜNG Trường Sơn",
        "Đinh Trường Sơn về thăm xã Gia Viễn".Normalize(NormalizationForm.FormD),
        "Số 125/QĐ-UBND ngày 04/10/2023; email ubnd@giavien.gov.vn — 12,5 tỷ đồng (50%)",
        "mở đầu " + new string('a', 80) + " giữa " + new string('b', 70),
        "đường " + new string('x', 65),
        "Æsir và Œuvre của ﬁlm 中文 Ⓐn, Straße ĐÀO: đủ cả",
    ];

    public static TheoryData<string> Texts()
    {
        var texts = new TheoryData<string>();
        foreach (var text in SampleTexts)
        {
            texts.Add(text);
        }

        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Analysing_once_gives_each_field_what_analysing_for_it_gives(string text)
    {
        foreach (var field in new[] { NewsFields.Body, NewsFields.Title, NewsFields.TextBigrams, NewsFields.TitleBigrams })
        {
            var expected = Tokens(TestIndex.Analyzer.GetTokenStream(field, text));

            var once = Tokens(VietnameseAnalyzer.Index(field, TestIndex.Analyzer.Syllables(text)));

            Assert.Equal(expected, once);
        }
    }

    [Fact]
    public void Syllables_can_be_read_by_several_fields_and_several_times()
    {
        var syllables = TestIndex.Analyzer.Syllables("Gia Viễn, Ninh Bình");

        Assert.Equal(Tokens(VietnameseAnalyzer.Index(NewsFields.Body, syllables)), Tokens(VietnameseAnalyzer.Index(NewsFields.Body, syllables)));
        Assert.Contains("(gia vien", string.Join(" ", Tokens(VietnameseAnalyzer.Index(NewsFields.TextBigrams, syllables))), StringComparison.Ordinal);
    }

    [Fact]
    public void Syllables_read_by_both_fields_are_kept_for_the_threads_next_text_and_give_what_a_new_analysis_gives()
    {
        // The longest text first, so a kept buffer holds more than the next text: nothing of it may show through.
        var texts = SampleTexts.OrderByDescending(text => text.Length).ToList();
        var syllables = TestIndex.Analyzer.Syllables(texts[0]);
        foreach (var text in texts.Skip(1))
        {
            _ = Tokens(VietnameseAnalyzer.Index(NewsFields.Body, syllables));
            _ = Tokens(VietnameseAnalyzer.Index(NewsFields.TextBigrams, syllables));

            var next = TestIndex.Analyzer.Syllables(text);

            Assert.Same(syllables, next);
            Assert.Equal(Tokens(TestIndex.Analyzer.GetTokenStream(NewsFields.Body, text)), Tokens(VietnameseAnalyzer.Index(NewsFields.Body, next)));
            Assert.Equal(Tokens(TestIndex.Analyzer.GetTokenStream(NewsFields.TextBigrams, text)), Tokens(VietnameseAnalyzer.Index(NewsFields.TextBigrams, next)));
            syllables = TestIndex.Analyzer.Syllables(text);
        }
    }

    /// <summary>Every token as "(term start-end +increment)", then the stream's end as "end offset +increment".</summary>
    private static List<string> Tokens(TokenStream stream)
    {
        var tokens = new List<string>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add($"({term} {offset.StartOffset}-{offset.EndOffset} +{increment.PositionIncrement})");
            }

            stream.End();
            tokens.Add($"end {offset.EndOffset} +{increment.PositionIncrement}");
        }

        return tokens;
    }
}
