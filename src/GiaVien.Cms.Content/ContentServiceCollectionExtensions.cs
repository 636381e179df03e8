using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Content;

public static class ContentServiceCollectionExtensions
{
    public static IServiceCollection AddContent(this IServiceCollection services)
    {
        services.AddOptions<ContentOptions>().BindConfiguration("Cms:Content");
        services.AddSingleton<BodySanitizer>();
        services.AddHostedService<BodySanitizerWarmUp>();
        services.AddSingleton<ContentFieldKinds>();
        services.AddBuiltInFieldKinds();
        services.AddSingleton<Published.ContentSummaryFields>();
        services.AddNewsPart();
        services.AddScoped<ContentDefinitionStore>();
        services.AddScoped<ContentRoutes>();
        services.AddScoped<ContentVersions>();
        services.AddScoped<ContentAudit>();
        services.AddScoped<ContentManager>();
        services.AddScoped<ContentPublisher>();
        services.AddScoped<ContentPins>();
        services.AddScoped<ContentTrash>();
        services.AddScoped<ContentWorkflow>();
        services.AddScoped<Lists.ContentBulkActions>();
        services.AddScoped<ContentQueries>();
        services.AddScoped<ContentTranslations>();
        services.AddScoped<TranslationDrafts>();
        services.AddScoped<Published.PublishedQueries>();
        services.AddScoped<StoredContentReferences>();
        services.AddSingleton<ITenantBackgroundTask, ContentMaintenanceTask>();
        return services;
    }
}
