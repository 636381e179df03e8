using Microsoft.Extensions.Hosting;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Builds the body sanitizer in the background half a minute after the start, once the node serves. Built lazily it was
/// 60 % of the first tenant created after a restart (HtmlSanitizer's and AngleSharp.Css's static tables; profile in
/// docs/benchmarks.md, "RSS after release"); built before listening it delayed <c>/health</c>.
/// </summary>
internal sealed class BodySanitizerWarmUp(BodySanitizer sanitizer) : BackgroundService
{
    private static readonly TimeSpan AfterStart = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(AfterStart, stoppingToken);
        sanitizer.Sanitize("<p>Gia Viễn</p>");
    }
}
