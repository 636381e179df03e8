using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Content;

public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddSingleton<BodySanitizer>();
        services.AddScoped<ContentDefinitionStore>();
        services.AddScoped<ContentRoutes>();
        services.AddScoped<ContentManager>();
        services.AddScoped<StoredContentReferences>();
        services.AddScoped<ContentQueries>();
        return services;
    }
}
