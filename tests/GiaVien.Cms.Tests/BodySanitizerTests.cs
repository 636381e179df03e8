using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Tests;

public sealed class BodySanitizerTests
{
    private readonly BodySanitizer _sanitizer = new();

    [Fact]
    public void Figures_with_captions_and_editor_attributes_survive()
    {
        var html = "<figure data-trix-attachment=\"{}\" class=\"attachment\"><img src=\"/media/a.jpg\" alt=\"Lễ ra quân\"><figcaption>Lễ ra quân</figcaption></figure>";
        var clean = _sanitizer.Sanitize(html);
        Assert.Contains("<figcaption>Lễ ra quân</figcaption>", clean);
        Assert.Contains("alt=\"Lễ ra quân\"", clean);
    }

    [Fact]
    public void Deeply_nested_markup_is_refused_before_it_is_parsed()
    {
        var bomb = string.Concat(Enumerable.Repeat("<div>", 100_000)) + "x";
        var error = Assert.Throws<ContentValidationException>(() => _sanitizer.Sanitize(bomb));
        Assert.Contains("lồng nhau quá sâu", error.Message);
    }

    [Fact]
    public void Ordinary_nesting_is_fine() =>
        Assert.Contains("<li>", _sanitizer.Sanitize("<ul><li><p><strong><em>Gia Viễn</em></strong></p></li></ul>"));
}

public sealed class EditorFiguresTests
{
    [Fact]
    public void An_editor_figure_gets_its_alt_text_and_caption_written_out()
    {
        const string html = "<div>Văn bản<figure data-trix-attachment=\"{&quot;caption&quot;:&quot;Toàn cảnh buổi lễ&quot;,&quot;content&quot;:&quot;&lt;img src=\\&quot;/media/le.jpg\\&quot; alt=\\&quot;Lễ khánh thành\\&quot;&gt;&quot;}\"><img src=\"/media/le.jpg\"><figcaption></figcaption></figure></div>";

        var clean = new GiaVien.Cms.Content.Items.BodySanitizer().Sanitize(html);

        Assert.Equal("<div>Văn bản<figure><img src=\"/media/le.jpg\" alt=\"Lễ khánh thành\"><figcaption>Toàn cảnh buổi lễ</figcaption></figure></div>", clean);
    }

    [Fact]
    public void No_editor_attribute_is_stored()
    {
        const string html = "<div data-trix-foo=\"1\">Văn bản</div><figure class=\"attachment attachment--content\" data-trix-content-type=\"image\" data-trix-attachment=\"{&quot;caption&quot;:&quot;Buổi lễ&quot;,&quot;url&quot;:&quot;/media/a.jpg&quot;}\" data-trix-attributes=\"{&quot;caption&quot;:&quot;Buổi lễ&quot;}\"></figure>";

        var clean = new GiaVien.Cms.Content.Items.BodySanitizer().Sanitize(html);

        Assert.Equal("<div>Văn bản</div><figure><img src=\"/media/a.jpg\" alt=\"\"><figcaption>Buổi lễ</figcaption></figure>", clean);
    }

    [Fact]
    public void A_clean_figure_opens_in_the_editor_as_an_attachment_and_is_saved_back_the_same()
    {
        const string stored = "<p>Mở đầu</p><figure><img src=\"/gia-hoa/media/_p/article/le.jpg\" alt=\"Lễ\" width=\"960\" height=\"640\" loading=\"lazy\"><figcaption>Buổi lễ &amp; diễu hành</figcaption></figure>";

        var forEditor = EditorFigures.ForEditor(stored);

        Assert.Contains("data-trix-attachment", forEditor);
        Assert.Equal(stored, new GiaVien.Cms.Content.Items.BodySanitizer().Sanitize(forEditor));
    }

    [Fact]
    public void A_picked_images_size_and_lazy_loading_are_kept_but_nothing_else()
    {
        const string content = "<img src=\\&quot;/gia-hoa/media/_p/article/le.jpg\\&quot; alt=\\&quot;Lễ\\&quot; width=\\&quot;960\\&quot; height=\\&quot;640px\\&quot; loading=\\&quot;lazy\\&quot; decoding=\\&quot;async\\&quot; onload=\\&quot;x()\\&quot;>";
        var html = $"<figure data-trix-attachment=\"{{&quot;caption&quot;:&quot;Buổi lễ&quot;,&quot;content&quot;:&quot;{content}&quot;}}\"></figure>";

        var clean = new GiaVien.Cms.Content.Items.BodySanitizer().Sanitize(html);

        Assert.Contains("<img src=\"/gia-hoa/media/_p/article/le.jpg\" alt=\"Lễ\" width=\"960\" loading=\"lazy\" decoding=\"async\">", clean);
        Assert.Contains("<figcaption>Buổi lễ</figcaption>", clean);
    }

    [Fact]
    public void A_caption_with_markup_is_kept_as_text() =>
        Assert.Contains("&lt;script&gt;", new GiaVien.Cms.Content.Items.BodySanitizer().Sanitize(
            "<figure data-trix-attachment=\"{&quot;caption&quot;:&quot;&lt;script&gt;x&lt;/script&gt;&quot;,&quot;url&quot;:&quot;/media/a.jpg&quot;}\"></figure>"));
}
