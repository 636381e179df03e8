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
