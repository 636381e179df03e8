using GiaVien.Cms.Search.Indexing;

namespace GiaVien.Cms.Tests.Search;

/// <summary>The text search indexes and cuts snippets from: as a reader would read the article.</summary>
public sealed class HtmlTextTests
{
    [Fact]
    public void Inline_markup_leaves_no_space_before_punctuation() =>
        Assert.Equal("Huyện Gia Viễn, tỉnh Ninh Bình (Việt Nam).",
            HtmlText.ToText("<p>Huyện <strong>Gia Viễn</strong>, tỉnh <a href=\"/x\">Ninh Bình</a> (<em>Việt Nam</em>).</p>"));

    [Fact]
    public void A_caption_is_a_sentence_of_its_own()
    {
        var text = HtmlText.ToText("<p>Lễ khai mạc diễn ra sáng nay.</p><figure><img src=\"/media/a.jpg\" alt=\"Lễ\"><figcaption>Toàn cảnh buổi lễ</figcaption></figure><p>Đến dự có lãnh đạo huyện.</p>");

        Assert.Equal("Lễ khai mạc diễn ra sáng nay. Toàn cảnh buổi lễ. Đến dự có lãnh đạo huyện.", text);
    }

    [Fact]
    public void Blocks_never_merge_their_words() =>
        Assert.Equal("Mục một Mục hai Ô A Ô B", HtmlText.ToText("<ul><li>Mục một</li><li>Mục hai</li></ul><table><tr><td>Ô A</td><td>Ô B</td></tr></table>"));
}
