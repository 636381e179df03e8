using System.Text;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Querying;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// Marks on NFC text (analysed only where a word may match) are those on the same text in NFD, which is still
/// analysed whole: the skipped words held no match, whatever the punctuation around them. Generated news and
/// random mixes of words, punctuation and separators.
/// </summary>
public sealed class SnippetMarksTests
{
    private static readonly Snippets Snippets = new(TestIndex.Analyzer);
    private static readonly NewsQueryBuilder Builder = new(TestIndex.Analyzer);

    // Words as news and residents write them, and characters that join or split words at their edges.
    private static readonly string[] Words =
    [
        "Gia", "Viễn", "VIỄN", "vien", "Ninh", "Bình", "hoà", "hòa", "thuỷ", "khoẻ", "quý", "đường", "Đồng", "Tràng", "An",
        "lễ", "hội", "2024", "1.500", "3,5", "tp.HCM", "covid19", "Gia-Viễn", "Gia_Viễn", "Viễn’s", "l'été", "Æsir", "straße",
        "İstanbul", "ﬁ", "Ｖiễn", "嘉遠", "ทดสอบ", "Gia\u00ADViễn", "Viễn\u200B", "x²", "Ⓐn", "ª", "℃", "🙂", "…",
    ];

    private static readonly string[] Around = ["", "", "", "“", "”", "(", ")", ",", ".", ":", ";", "!", "?", "«", "»", "–", "—", "'", "\"", "…", "/", "-", "_", "·", "\u00A0", "&", "<b>"];

    private static readonly string[] Between = [" ", " ", " ", " ", "  ", "\n", "\r\n", "\t", " \u0301", ""];

    private static readonly string[] Queries =
    [
        "gia vien", "Gia Viễn", "hòa", "hoà bình", "\"lễ hội\" đường", "1.500 người", "3,5", "tp hcm", "covid19", "aesir", "strasse",
        "istanbul", "fi", "an", "dong trang", "viễn đồng", "x2", "quy", "thuy khoe", "vien -ninh",
    ];

    [Fact]
    public void Marks_on_nfc_text_are_those_the_whole_text_analysed_gives()
    {
        var random = new Random(13);
        var generator = new NewsGenerator(SearchBenchmark.Seed);
        var queries = Queries.Concat(Enumerable.Range(0, 20).Select(_ => generator.Query())).ToList();
        for (var sample = 0; sample < 600; sample++)
        {
            // A title is marked whole, so its marks in either form can be compared (a snippet's window counts characters).
            var text = sample % 3 == 0 ? Baseline.ToPlain(generator.Next(sample)).Body : Text(random, random.Next(1, 400));
            var marks = Snippets.For(Builder.Build(UserQuery.Parse(queries[sample % queries.Count]))!);

            Assert.Equal(Nfc(marks.Title(Nfd(text))), marks.Title(Nfc(text)));
        }
    }

    [Fact]
    public void A_folded_query_marks_each_way_a_word_is_written_and_nothing_glued_to_it()
    {
        var marks = Snippets.For(Builder.Build(UserQuery.Parse("gia vien hoa"))!);

        Assert.Equal(
            "“<mark>Gia</mark> <mark>VIỄN</mark>”, <mark>hoà</mark>/<mark>hòa</mark> Gia_Viễn (<mark>viễn</mark>) tp.vien",
            marks.Title("“Gia VIỄN”, hoà/hòa Gia_Viễn (viễn) tp.vien"));
    }

    private static string Text(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(Around[random.Next(Around.Length)]).Append(Words[random.Next(Words.Length)]).Append(Around[random.Next(Around.Length)])
                .Append(Between[random.Next(Between.Length)]);
        }

        return text.ToString();
    }

    private static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private static string Nfd(string text) => text.Normalize(NormalizationForm.FormD);
}
