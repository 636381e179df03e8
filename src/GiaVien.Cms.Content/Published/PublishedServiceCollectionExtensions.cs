using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Content.Published;

public static class PublishedServiceCollectionExtensions
{
    /// <summary>Lets lists and feeds show the fields <paramref name="fields"/> names of its part.</summary>
    public static IServiceCollection AddContentPartSummary(this IServiceCollection services, PartSummaryFields fields) =>
        services.AddSingleton(fields);
}
