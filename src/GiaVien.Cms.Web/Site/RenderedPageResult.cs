using GiaVien.Cms.Themes;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// Writes a themed page's UTF-8 bytes (<see cref="RenderedPage"/>) to the response as they are, with their length: what
/// <c>Results.Content</c> does for a string, without counting and encoding the whole page's text once more.
/// </summary>
public sealed class RenderedPageResult(RenderedPage page, int statusCode) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public int? StatusCode => statusCode;

    public string ContentType => HtmlContentType;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = HtmlContentType;
        response.ContentLength = page.Length;
        // The pipe copies the bytes as they are written: the buffer goes back to the pool before the flush awaits.
        using (page)
        {
            page.CopyTo(response.BodyWriter);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
