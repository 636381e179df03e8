using GiaVien.Cms.Content.Published;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Content.News;

public static class NewsServiceCollectionExtensions
{
    /// <summary>The news part's contributions: its list summary.</summary>
    public static IServiceCollection AddNewsPart(this IServiceCollection services) => services.AddContentPartSummary(NewsPart.Summary);
}
