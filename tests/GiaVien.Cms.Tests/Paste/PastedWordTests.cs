using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Tests.Paste;

/// <summary>What the server keeps of a body pasted from Word or a web page, whatever the browser sent.</summary>
public sealed class PastedWordTests
{
    private readonly BodySanitizer _sanitizer = new();

    [Fact]
    public void Word_markup_goes_and_the_structure_stays()
    {
        var clean = _sanitizer.Sanitize(WordFragments.Report);

        foreach (var word in new[] { "mso-", "Mso", "o:p", "style=", "class=", "<font", "<span", "supportLists", "Calibri", "lang=", "width=", "border=", "<!--" })
        {
            Assert.DoesNotContain(word, clean, StringComparison.Ordinal);
        }

        Assert.Contains("<h2>Kết quả thu hoạch vụ chiêm xuân</h2>", clean);
        Assert.Contains("<b>năng suất lúa</b>", clean);
        Assert.Contains("<i>62 tạ/ha</i>", clean);
        Assert.Contains("<a href=\"https://ninhbinh.gov.vn/\" rel=\"noopener noreferrer\">Sở Nông nghiệp</a>", clean);
        Assert.Contains("<ol><li>Thôn Đông: 64 tạ/ha</li><li>Thôn Đoài: 60 tạ/ha</li></ol>", clean);
        Assert.Contains("<ul><li>Làm đất vụ mùa</li></ul>", clean);
        Assert.Contains("<p><b>Thôn</b></p>", clean);
        Assert.Contains("<p>Thôn Đông</p></td>", clean);
        Assert.DoesNotContain("<p> </p>", clean);
        Assert.DoesNotContain("<p>\u00a0</p>", clean);
    }

    [Fact]
    public void A_web_pages_wrappers_go_and_their_text_stays()
    {
        const string html = "<b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\"><section class=\"article\"><p dir=\"ltr\"><span style=\"font-weight:700\">Thông báo</span> lịch <font color=\"red\">tiếp dân</font></p></section></b>"
            + "<style>p{color:red}</style><form action=\"https://example.org\"><input value=\"mật khẩu\"><p>Ô nhập</p></form>";
        var clean = _sanitizer.Sanitize(html);
        Assert.Equal("<p dir=\"ltr\">Thông báo lịch tiếp dân</p><p>Ô nhập</p>", clean);
    }

    [Fact]
    public void A_table_pasted_into_the_editor_is_stored_as_a_plain_table_and_opens_as_a_table_again()
    {
        const string attachment = "<figure data-trix-attachment=\"{&quot;content&quot;:&quot;<table><tr><td class=\\&quot;x\\&quot;>Gia Hòa</td></tr></table>&quot;,&quot;contentType&quot;:&quot;text/html&quot;}\" data-trix-content-type=\"text/html\" class=\"attachment attachment--content\"><table><tr><td>Gia Hòa</td></tr></table><figcaption class=\"attachment__caption\"></figcaption></figure>";
        var stored = _sanitizer.Sanitize("<div>Bảng:</div>" + attachment);
        Assert.Equal("<div>Bảng:</div><table><tbody><tr><td>Gia Hòa</td></tr></tbody></table>", stored);

        var forEditor = EditorFigures.ForEditor(stored);
        Assert.Contains("<figure data-trix-attachment=", forEditor);
        Assert.Equal(stored, _sanitizer.Sanitize(forEditor));
    }
}
