using System.Text;
using System.Text.Encodings.Web;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The product's own scripts and styles at the end of every themed page's &lt;head&gt;: written by code, with the
/// page's nonce, after the templates ran (a template override can neither drop them nor see the nonce).
/// </summary>
public static class PageHead
{
    // Applies the remembered text size and contrast before the first paint, so the page does not jump (site.js does the rest).
    private const string ReadingPreferences =
        """try{var d=document.documentElement,s=localStorage;d.dataset.size=s.getItem("gv-size")||"0";if(s.getItem("gv-contrast")==="1")d.classList.add("contrast")}catch(e){}""";

    public static string Html(LayoutViewModel layout, string nonce)
    {
        var html = new StringBuilder(512);
        if (layout.Site.PrimaryColor is { } color)
        {
            // Normalised to "#rrggbb" by ColorContrast before it gets here.
            html.Append($"<style nonce=\"{nonce}\">:root{{--primary:{color}}}</style>\n");
        }

        html.Append($"<script nonce=\"{nonce}\">{ReadingPreferences}</script>\n");
        foreach (var script in layout.Page.Scripts.Prepend(layout.Site.JsUrl))
        {
            html.Append($"<script src=\"{HtmlEncoder.Default.Encode(script)}\" defer nonce=\"{nonce}\"></script>\n");
        }
        if (layout.Page.JsonLd is { } jsonLd)
        {
            // A data block, not a script: it never runs, so it needs no nonce.
            html.Append($"<script type=\"application/ld+json\">{jsonLd}</script>\n");
        }

        return html.ToString();
    }
}
